// @ts-check
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
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
