/**
 * zapier-platform-core requires zapier-platform-schema (~200 ms of JSON schemas) when it loads, but uses it only for
 * its `validate` command, which `npm test` runs through the CLI before jest. Every test file loads core afresh, so
 * jest.config.js maps the package here: the real one is loaded on first use, if a test uses it at all.
 */
let schema;
const real = () => (schema ??= require('zapier-platform-schema/schema.js'));
module.exports = new Proxy({}, { get: (_target, key) => real()[key], has: (_target, key) => key in real(), ownKeys: () => Reflect.ownKeys(real()), getOwnPropertyDescriptor: (_target, key) => Object.getOwnPropertyDescriptor(real(), key) });
