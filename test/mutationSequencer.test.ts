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
