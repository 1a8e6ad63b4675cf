// Zapier's runtime loads <app>/index.js. The app is index.ts, compiled by `npm run build` to dist/ and bundled into
// dist/app.js (zod included, zapier-platform-core left out): one file loads faster than 230 (see `npm run bench`).
module.exports = require('./dist/app.js').default;
