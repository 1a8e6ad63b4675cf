import path from 'node:path';

/** The sequencer of `npm run mutate` never runs fewer tests than jest's own `-t` would (test/mutationSequencer.js). */
const { keepNamed } = require('./mutationSequencer') as {
  keepNamed: <T extends { path: string }>(tests: T[], filter: { pattern?: string; index?: Record<string, string[]>; rootDir: string }) => T[];
};

const rootDir = path.resolve('/project');
const tests = ['test/a.test.ts', 'test/b.test.ts', 'test/c.test.ts'].map((file) => ({ path: path.join(rootDir, file) }));
const index = {
  'test/a.test.ts': ['errors names the field (a.b)', 'errors keeps order'],
  'test/b.test.ts': ['relay answers 405'],
  'test/c.test.ts': ['relay answers 404', 'errors names the field (a.b)'],
};

describe('keepNamed', () => {
  it('keeps the files holding a test the pattern names', () => {
    expect(keepNamed(tests, { pattern: '(relay answers 405)', index, rootDir })).toEqual([tests[1]]);
    expect(keepNamed(tests, { pattern: '(errors names the field \\(a\\.b\\))|(relay answers 404)', index, rootDir })).toEqual([tests[0], tests[2]]);
  });

  it('keeps every file without a pattern, without an index, or when the index names none (a newer test)', () => {
    expect(keepNamed(tests, { index, rootDir })).toEqual(tests);
    expect(keepNamed(tests, { pattern: '(relay answers 405)', rootDir })).toEqual(tests);
    expect(keepNamed(tests, { pattern: '(a test added since)', index, rootDir })).toEqual(tests);
  });
});

const { unitTestsFirst } = require('./mutationSequencer') as {
  unitTestsFirst: <T extends { path: string }>(tests: T[], filter: { changedFiles?: string[] }) => T[];
};
const { bailOnFailure } = require('./mutationEnvironment') as {
  bailOnFailure: () => (event: { name: string }, mutant: string | undefined) => boolean;
};

describe('unitTestsFirst', () => {
  const files = [path.resolve('test/contract/errors.test.ts'), path.resolve('test/http/cache.test.ts'), path.resolve('test/connection.test.ts')];

  it('runs the unit tests of the mutated file first, then the smaller files first', () => {
    const ordered = unitTestsFirst(files.map((file) => ({ path: file })), { changedFiles: [path.resolve('.stryker-tmp/sandbox-1/src/http/cache.ts')] });
    expect(ordered[0]!.path).toBe(files[1]);
    expect(ordered.map((test) => test.path).sort()).toEqual([...files].sort());
  });

  it('orders by size alone when no file is named, and keeps every test', () => {
    const ordered = unitTestsFirst(files.map((file) => ({ path: file })), {}).map((test) => test.path);
    const sizes = ordered.map((file) => require('node:fs').statSync(file).size as number);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(ordered).toHaveLength(3);
  });
});

describe('bailOnFailure', () => {
  it('skips the tests after a failure under the same mutant, never in the dry run or under another mutant', () => {
    const skip = bailOnFailure();
    expect(skip({ name: 'test_start' }, '7')).toBe(false);
    expect(skip({ name: 'test_fn_failure' }, '7')).toBe(false);
    expect(skip({ name: 'test_start' }, '7')).toBe(true);
    expect(skip({ name: 'test_start' }, '8')).toBe(false);
    expect(skip({ name: 'hook_failure' }, undefined)).toBe(false);
    expect(skip({ name: 'test_start' }, undefined)).toBe(false);
    expect(skip({ name: 'hook_failure' }, '9')).toBe(false);
    expect(skip({ name: 'test_start' }, '9')).toBe(true);
  });
});
