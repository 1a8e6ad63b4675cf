#!/usr/bin/env node
// Before `stryker run` (npm run mutate): runs the mutation test set once (jest.stryker.config.js) and writes which
// file holds which test, by the full name jest matches `-t` against, to reports/mutation/tests.json. The set must
// pass: Stryker would refuse to start anyway. test/mutationSequencer.js reads the index during the mutant runs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const raw = 'reports/mutation/jest-results.json';
mkdirSync('reports/mutation', { recursive: true });
execFileSync('jest', ['-c', 'jest.stryker.config.js', '--json', '--outputFile', raw, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
const results = JSON.parse(readFileSync(raw, 'utf8'));
const index = {};
for (const file of results.testResults) {
  index[path.relative(root, file.name).split(path.sep).join('/')] = file.assertionResults.map((test) => test.fullName);
}
writeFileSync('reports/mutation/tests.json', `${JSON.stringify(index, null, 1)}\n`);
const count = Object.values(index).reduce((sum, names) => sum + names.length, 0);
console.log(`mutation test set: ${count} tests in ${Object.keys(index).length} files (reports/mutation/tests.json)`);
