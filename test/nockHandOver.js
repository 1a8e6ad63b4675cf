/**
 * Runs before every test file (jest `setupFiles`). nock patches Node's http module, which all the test files of a
 * worker share; test/setup.ts unpatches it after each file, but a file whose tests are all filtered out (`jest -t`,
 * and Stryker's runs of the tests covering one mutant) runs no afterAll hook: its nock would stay in place, refuse
 * the next file's requests, and fail tests that pass. So each file first undoes the previous file's nock.
 */
const http = require('node:http');

const RESTORE = Symbol.for('highlevel-zapier.restoreNock');
const restorePrevious = http[RESTORE];
if (typeof restorePrevious === 'function') restorePrevious();
