import nock from 'nock';

/**
 * Which nock stubs a test declared and never called (test/setup.ts fails the test that left them). A test that looked
 * at a stub itself (`scope.isDone()`, `scope.done()`, `scope.pendingMocks()`: e.g. "refused before any request"
 * checks a stub stays unused) has judged it; stubs that may go unused are declared `.optionally()`.
 */
type ScopeLike = { pendingMocks(): string[]; isDone(): boolean; done(): void; intercept(...args: unknown[]): unknown };
const scopePrototype = Object.getPrototypeOf(nock('http://scope-prototype.invalid')) as ScopeLike;
const declared = new Set<ScopeLike>();
const judged = new WeakSet<ScopeLike>();
const { intercept, isDone, done, pendingMocks } = scopePrototype;
Object.assign(scopePrototype, {
  intercept(this: ScopeLike, ...args: unknown[]) {
    declared.add(this);
    return intercept.apply(this, args);
  },
  isDone(this: ScopeLike) {
    judged.add(this);
    return isDone.call(this);
  },
  done(this: ScopeLike) {
    judged.add(this);
    return done.call(this);
  },
  pendingMocks(this: ScopeLike) {
    judged.add(this);
    return pendingMocks.call(this);
  },
});

/** The unused stubs of the scopes declared since the last call that no test judged; removes every stub. */
export const takeUnusedStubs = (): string[] => {
  // Read through the original method: this reading is not a test's judgement.
  const unused = [...declared].filter((scope) => !judged.has(scope)).flatMap((scope) => pendingMocks.call(scope));
  declared.clear();
  nock.cleanAll();
  return unused;
};
