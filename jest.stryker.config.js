/**
 * The jest run of `npm run mutate` (stryker.config.mjs): only the tests that exercise the shared layer (request layer,
 * factories, field kit, custom fields, authentication, connection), transpiled by esbuild without type checks (Stryker's
 * TypeScript checker type-checks each mutant instead). The reliability tables and the sandbox stay out: they run every
 * operation thousands of times, which would make each mutant cost minutes.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  // The whole project, not only test/: Stryker's --findRelatedTests follows imports through jest's module map, and a
  // test that reaches src/ through index.ts would otherwise look unrelated to the file it exercises (no test run: a
  // false survivor).
  roots: ['<rootDir>'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/lib/', '<rootDir>/reports/', '<rootDir>/.stryker-tmp'],
  // MUTATION_TESTS (comma-separated paths) narrows the run to some test files: a fast check of one file's own tests,
  // e.g. MUTATION_TESTS=test/http/config.test.ts npx stryker run stryker.config.mjs --mutate src/http/config.ts
  testMatch: process.env.MUTATION_TESTS ? process.env.MUTATION_TESTS.split(',').map((file) => `<rootDir>/${file.trim()}`) : [
    '<rootDir>/test/http/**/*.test.ts',
    '<rootDir>/test/fields/**/*.test.ts',
    '<rootDir>/test/factories/**/*.test.ts',
    '<rootDir>/test/contract/**/*.test.ts',
    '<rootDir>/test/triggers/dropdowns/**/*.test.ts',
    '<rootDir>/test/authentication*.test.ts',
    '<rootDir>/test/connection.test.ts',
    // The request layer's configuration (base URLs, redirects) and the app's relay client (instant triggers).
    '<rootDir>/test/security/requestLayer.test.ts',
    '<rootDir>/test/triggers/instant/*.test.ts',
    '<rootDir>/test/agency.test.ts',
    // Operations that read and write custom fields, and the watch triggers (change markers, 404 = no item).
    '<rootDir>/test/creates/contacts/{createContact,updateContact,upsertContact}.test.ts',
    '<rootDir>/test/creates/opportunities/{createOpportunity,updateOpportunity}.test.ts',
    '<rootDir>/test/triggers/contacts/getContact.test.ts',
    '<rootDir>/test/triggers/opportunities/getOpportunity.test.ts',
    '<rootDir>/test/searches/opportunities/findOpportunity.test.ts',
    '<rootDir>/test/security/tokens.test.ts',
    // The relay's core (relay/src), on its Node store.
    '<rootDir>/test/relay/{relay,crypto,events,store}.test.ts',
  ],
  // Skips the rest of a mutant's tests once one has failed (Stryker's jest runner cannot bail).
  testEnvironment: require('node:path').join(__dirname, 'test/mutationEnvironment.js'), // absolute: Stryker loads it before jest resolves <rootDir>
  // Loads only the test files holding the tests Stryker names for a mutant (reports/mutation/tests.json).
  testSequencer: '<rootDir>/test/mutationSequencer.js',
  // The base transform (esbuild, test/transform.js) already transpiles without type checks.
  maxWorkers: 1,
};
