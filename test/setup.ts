import nock from 'nock';
import { takeUnusedStubs } from './nockGuard';

// nock answers after `setTimeout(respond, 0)`, at least a millisecond each; over ~10,000 answered requests that is
// seconds of idle waiting. A zero delay is taken as the next turn of the event loop (nock's own tracked setImmediate);
// a test's explicit `.delay()` keeps its timer.
type NockTimer = (callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => unknown;
const nockTimers = require('nock/lib/common') as { setTimeout: NockTimer; setImmediate: (callback: (...args: unknown[]) => void, ...args: unknown[]) => unknown };
const delayed = nockTimers.setTimeout;
nockTimers.setTimeout = (callback, delay, ...args) => (delay ? delayed(callback, delay, ...args) : nockTimers.setImmediate(callback, ...args));

// Tests never reach a real server: only nock scopes and servers on loopback answer.
nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);

process.env.CLIENT_ID = 'test-client-id';
process.env.CLIENT_SECRET = 'test-client-secret-value';
delete process.env.HIGHLEVEL_API_BASE_URL;

// A stub the test declared but the code never called: the request the test expected was never sent (test/nockGuard.ts).
afterEach(() => {
  const unused = takeUnusedStubs();
  if (unused.length) throw new Error(`nock stubs this test declared were never called:\n  ${unused.join('\n  ')}`);
});

// nock patches Node's http module, which outlives each test file's module registry: unpatch after every file
// so the next file's nock instance takes over; a file that runs no afterAll is undone by the next one (test/nockHandOver.js).
(require('node:http') as Record<symbol, unknown>)[Symbol.for('highlevel-zapier.restoreNock')] = () => nock.restore();
afterAll(() => {
  nock.restore();
});
