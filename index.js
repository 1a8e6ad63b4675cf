// Zapier's runtime loads <app>/index.js; the app itself is index.ts, compiled to dist/ by `npm run build`.
module.exports = require('./dist/index.js').default;
