/**
 * The test environment of `npm run mutate` (jest.stryker.config.js). Stryker's jest runner cannot bail (it forces
 * `bail: false`), so a mutant the first covering test already killed still ran every other covering test: for a
 * request-layer mutant, dozens of files. Once a test fails under a mutant, the rest of that mutant's run is skipped.
 * The dry run (no active mutant) and `npm test` never skip anything.
 */
const { TestEnvironment } = require('jest-environment-node');

/** Stryker names the mutant under test in this variable (@stryker-mutator/instrumenter's ACTIVE_MUTANT_ENV_VARIABLE). */
const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';

/**
 * Remembers the mutant a test failed under. Test files of one jest run share this module (it loads outside their
 * sandboxes), so the memory spans the files of the run.
 */
const bailOnFailure = () => {
  let killed;
  return (event, mutant) => {
    if (mutant === undefined) return false;
    if (event.name === 'test_fn_failure' || event.name === 'hook_failure') killed = mutant;
    return event.name === 'test_start' && killed === mutant;
  };
};

const skipAfterKill = bailOnFailure();

class MutationEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    // Circus reads the mode right after `test_start`: a skipped test neither runs nor fails.
    if (skipAfterKill(event, process.env[ACTIVE_MUTANT])) event.test.mode = 'skip';
  }
}

module.exports = MutationEnvironment;
module.exports.bailOnFailure = bailOnFailure;
