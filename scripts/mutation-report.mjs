#!/usr/bin/env node
// Summarises one or more Stryker JSON reports (reports/mutation/*.json): the score per file and overall, and every
// surviving or uncovered mutant with the code it changed, so each can be killed by a test or argued equivalent.
// Several reports (runs over parts of the scope) are joined; a file present in more than one takes the newest report.
// Each survivor is checked against docs/mutation-equivalents.md (the argued equivalents, by file and line): one not
// listed there is marked NEW and counted, so a survivor nobody looked at cannot hide among the known ones.
// Usage: node scripts/mutation-report.mjs [--survivors] report.json [report.json ...]
import { existsSync, readFileSync, statSync } from 'node:fs';

/** How many mutants docs/mutation-equivalents.md argues equivalent at each `file:line` (an entry may name a few). */
const arguedEquivalent = () => {
  const argued = new Map();
  const doc = 'docs/mutation-equivalents.md';
  if (!existsSync(doc)) return argued;
  let file;
  for (const text of readFileSync(doc, 'utf8').split('\n')) {
    const heading = /^## `(.+)`/.exec(text);
    if (heading) file = heading[1];
    const entry = /^- (\d+)(?: and :(\d+))?/.exec(text);
    if (!file || !entry) continue;
    for (const line of entry.slice(1).filter(Boolean)) argued.set(`${file}:${line}`, (argued.get(`${file}:${line}`) ?? 0) + 1);
  }
  return argued;
};

const args = process.argv.slice(2);
const showSurvivors = args.includes('--survivors');
const reports = args.filter((arg) => !arg.startsWith('--'));
if (reports.length === 0) reports.push('reports/mutation/mutation.json');

const files = new Map();
for (const path of reports.sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs)) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  for (const [file, entry] of Object.entries(report.files)) files.set(file, entry);
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const totals = { detected: 0, undetected: 0 };
const rows = [];
for (const [file, { source, mutants }] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  const detected = mutants.filter((mutant) => DETECTED.has(mutant.status)).length;
  const undetected = mutants.filter((mutant) => UNDETECTED.has(mutant.status));
  totals.detected += detected;
  totals.undetected += undetected.length;
  rows.push({ file, detected, undetected, lines: source.split('\n') });
}

const percent = (detected, undetected) =>
  detected + undetected === 0 ? 'n/a' : `${((100 * detected) / (detected + undetected)).toFixed(2)} %`;
for (const { file, detected, undetected } of rows) {
  const survived = undetected.filter((mutant) => mutant.status === 'Survived').length;
  console.log(
    `${percent(detected, undetected.length).padStart(8)}  ${file}  (${detected} detected, ${survived} survived, ` +
      `${undetected.length - survived} no coverage)`,
  );
}
console.log(`${percent(totals.detected, totals.undetected).padStart(8)}  all ${rows.length} files`);

// A line with more survivors than entries in the document has unlisted ones.
const argued = arguedEquivalent();
const unlisted = rows.flatMap(({ file, undetected }) => {
  const byLine = Map.groupBy(undetected, (mutant) => `${file}:${mutant.location.start.line}`);
  return [...byLine].filter(([at, mutants]) => mutants.length > (argued.get(at) ?? 0)).map(([at]) => at);
});
console.log(`${unlisted.length} line(s) with survivors not argued in docs/mutation-equivalents.md${unlisted.length ? `: ${unlisted.join(', ')}` : ''}`);

if (showSurvivors) {
  for (const { file, undetected, lines } of rows) {
    for (const mutant of undetected.sort((a, b) => a.location.start.line - b.location.start.line)) {
      const { line, column } = mutant.location.start;
      const code = lines[line - 1].trim();
      const replacement = String(mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80);
      const mark = unlisted.includes(`${file}:${line}`) ? ' NEW' : '';
      console.log(`\n${file}:${line}:${column} ${mutant.status}${mark} ${mutant.mutatorName} → ${replacement}\n    ${code}`);
    }
  }
}
