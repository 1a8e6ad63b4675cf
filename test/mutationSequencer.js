/**
 * The test sequencer of `npm run mutate` (jest.stryker.config.js). For each mutant Stryker runs jest with the names of
 * the tests that cover it (`-t`); jest would still load every related test file (about 0.4 s each, most of them only
 * to skip all their tests), which made a mutant cost ~10 s. Given the index of which file holds which test
 * (scripts/mutation-tests.mjs writes it before Stryker starts), only the files holding a named test run.
 */
const { readFileSync, statSync } = require('node:fs');
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

/**
 * The tests whose file holds a test the name pattern matches. Without a pattern or an index, or when the index names
 * no file for it (a test added since the index was written), all of them: never fewer tests than jest would run.
 */
const keepNamed = (tests, { pattern, index, rootDir }) => {
  if (!pattern || !index) return tests;
  const named = new RegExp(pattern, 'i');
  const holding = new Set(
    Object.entries(index)
      .filter(([, names]) => names.some((name) => named.test(name)))
      .map(([file]) => file),
  );
  const kept = tests.filter((test) => holding.has(path.relative(rootDir, test.path).split(path.sep).join('/')));
  return kept.length > 0 ? kept : tests;
};

/**
 * The unit tests of the mutated file first (test/http/client.test.ts for src/http/client.ts), then the smaller files:
 * with the environment's bail (test/mutationEnvironment.js) a mutant stops at its first failing test.
 */
const unitTestsFirst = (tests, { changedFiles = [] }) => {
  const names = new Set(changedFiles.map((file) => path.basename(file).replace(/\.[cm]?[jt]s$/, '')));
  const isUnitTest = (test) => names.has(path.basename(test.path).replace(/\.test\.[cm]?[jt]s$/, ''));
  const size = (test) => {
    try {
      return statSync(test.path).size;
    } catch {
      return 0;
    }
  };
  return tests
    .map((test) => ({ test, rank: isUnitTest(test) ? 0 : 1, size: size(test) }))
    .sort((a, b) => a.rank - b.rank || a.size - b.size)
    .map(({ test }) => test);
};

const readIndex = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};

class MutationSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.filter = {
      pattern: options.globalConfig.testNamePattern,
      rootDir: options.globalConfig.rootDir,
      index: process.env.MUTATION_TEST_INDEX ? readIndex(process.env.MUTATION_TEST_INDEX) : undefined,
      // Stryker's --findRelatedTests passes the mutated file as jest's path argument.
      changedFiles: options.globalConfig.nonFlagArgs ?? [],
    };
  }

  sort(tests) {
    return unitTestsFirst(keepNamed(super.sort(tests), this.filter), this.filter);
  }
}

module.exports = MutationSequencer;
module.exports.keepNamed = keepNamed;
module.exports.unitTestsFirst = unitTestsFirst;
