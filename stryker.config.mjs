// @ts-check
import path from 'node:path';

// Which test file holds which test (scripts/mutation-tests.mjs, run first by `npm run mutate`): the mutant runs load
// only the files holding the tests that cover the mutant (test/mutationSequencer.js). Stryker's workers inherit it.
process.env.MUTATION_TEST_INDEX = path.resolve('reports/mutation/tests.json');

/**
 * Mutation testing of the shared layer (`npm run mutate`; not part of `npm test` or CI). Stryker changes the code
 * one small bug at a time and runs the tests that cover that line (`perTest` coverage); a mutant no test notices
 * "survives". The jest run is jest.stryker.config.js. Reports: reports/mutation/ (html and json).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.stryker.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  checkers: ['typescript'],
  // The checker type-checks each mutant against the app's sources only (the tests are transpiled by the jest run).
  tsconfigFile: 'tsconfig.stryker.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    'src/http/*.ts',
    'src/factories/*.ts',
    'src/fields/kit.ts',
    'src/fields/customFields.ts',
    'src/authentication.ts',
    'src/connection.ts',
    'relay/src/*.ts',
  ],
  // Module-level constants run once when a file loads: testing each of their mutants needs a whole fresh run.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  // Later runs re-test only the mutants whose code or covering tests changed since the last one (minutes, not an hour).
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
