/** Tests are TypeScript, transpiled by esbuild (test/transform.js) and type-checked once by `tsc` in `npm test`; they never reach the network. */
module.exports = {
  transform: { '\\.ts$': '<rootDir>/test/transform.js' },
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The root index.js only re-exports dist/ for Zapier's runtime; tests load the TypeScript sources.
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFiles: ['<rootDir>/test/nockHandOver.js'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  // openapi-backend (the sandbox) requires this ES module, which jest's loader cannot load; Node itself can.
  // zapier-platform-schema is loaded on first use only (test/lazySchema.js).
  moduleNameMapper: {
    '^@apidevtools/json-schema-ref-parser$': '<rootDir>/test/sandbox/refParserStandIn.ts',
    '^zapier-platform-schema$': '<rootDir>/test/lazySchema.js',
  },
  testTimeout: 20000,
  // Both cores of the 2-core machine (jest's default leaves one idle): 121 s → 86 s measured for the whole suite.
  maxWorkers: 2,
};
