import '../sandbox/testingMode';
import { version as coreVersion } from 'zapier-platform-core';
import type { BuildSizeResult } from './buildSize';
import { measureBuildSize } from './buildSize';
import type { ColdStartResult } from './coldStart';
import { extraPackages, measureColdStart } from './coldStart';
import { startCountingTarget } from './httpTarget';
import type { PollingRow } from './polling';
import { measurePolling } from './polling';
import type { RequestCounts } from './requests';
import { countRequests, fetchesFields, nameLookups, NAMES_WHY, overBudget, WHY_MORE_THAN_ONE } from './requests';
import { fixed, kib, mib, ratio, times } from './stats';

/**
 * `npm run bench`: cold start, requests per operation, polling at scale and build size, in one run, as ratios
 * against budgets. Prints figures only; nothing here is a test (timings vary by machine).
 */

const BUDGET = {
  coldStartCpu: 1.3,
  coldStartMemory: 1.2,
  /** "Flat" as the store grows 100×: within noise of a shared machine. */
  pollingGrowth: 1.5,
  /** Heap a poll may leave behind after a full collection (more means a leak). */
  retainedHeapPerPoll: 64 * 1024,
};

interface Verdict {
  line: string;
  met: boolean | undefined;
  figure?: string;
}

const verdicts: Verdict[] = [];
const judge = (line: string, met: boolean | undefined, figure?: string): string => {
  verdicts.push({ line, met, figure });
  return met === undefined ? 'info' : met ? 'met' : 'MISSED';
};

const print = (text = ''): void => {
  process.stdout.write(`${text}\n`);
};

const table = (rows: string[][]): void => {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  for (const row of rows) print(`  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')}`);
};

const wrapList = (items: string[], indent: string, width = 110): string => {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line && line.length + item.length + 2 > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line}, ${item}` : item;
  }
  if (line) lines.push(line);
  return lines.map((text) => `${indent}${text}`).join('\n');
};

const printColdStart = (result: ColdStartResult): void => {
  const { app, fixture } = result;
  print(`1. Cold start: load index.js + createAppHandler(app), fresh process each, median of ${app.runs} after a warm-up run`);
  const cpuRatio = ratio(app.loadCpuMs, fixture.loadCpuMs);
  const rssRatio = ratio(app.maxRssKiB, fixture.maxRssKiB);
  table([
    ['', 'app', 'fixture', 'ratio', 'budget', ''],
    ['CPU, load + handler (user+sys)', `${fixed(app.loadCpuMs)} ms`, `${fixed(fixture.loadCpuMs)} ms`, times(cpuRatio), `≤ ${BUDGET.coldStartCpu}×`, judge('cold start CPU', cpuRatio <= BUDGET.coldStartCpu, times(cpuRatio))],
    ['CPU, whole process', `${fixed(app.processCpuMs)} ms`, `${fixed(fixture.processCpuMs)} ms`, times(ratio(app.processCpuMs, fixture.processCpuMs)), '', ''],
    ['peak RSS (maxRSS)', mib(app.maxRssKiB * 1024), mib(fixture.maxRssKiB * 1024), times(rssRatio), `≤ ${BUDGET.coldStartMemory}×`, judge('cold start memory', rssRatio <= BUDGET.coldStartMemory, times(rssRatio))],
    ['first event CPU (no-op method)', `${fixed(app.firstEventCpuMs)} ms`, `${fixed(fixture.firstEventCpuMs)} ms`, times(ratio(app.firstEventCpuMs, fixture.firstEventCpuMs)), '', 'info'],
    ['next event CPU (no-op method)', `${fixed(app.secondEventCpuMs)} ms`, `${fixed(fixture.secondEventCpuMs)} ms`, times(ratio(app.secondEventCpuMs, fixture.secondEventCpuMs)), '', 'info'],
  ]);
  const total = (packages: ColdStartResult['app']['packages']) =>
    Object.values(packages).reduce((sum, entry) => ({ files: sum.files + entry.files, bytes: sum.bytes + entry.bytes }), { files: 0, bytes: 0 });
  const appTotal = total(app.packages);
  const fixtureTotal = total(fixture.packages);
  print(`  modules loaded: app ${appTotal.files} files (${kib(appTotal.bytes)}), fixture ${fixtureTotal.files} files (${kib(fixtureTotal.bytes)})`);
  print(
    `  what the app adds: ${extraPackages(result)
      .map((extra) => `${extra.name === '.' ? 'its own code' : extra.name} ${extra.files} files ${kib(extra.bytes)}`)
      .join('; ')}`,
  );
  const split = result.appBreakdown;
  print(
    `  where the app's load CPU goes (median of ${Math.ceil(app.runs / 2)}): zapier-platform-core ${fixed(split.coreCpuMs)} ms (the fixture pays it too), ` +
      `the app's bundle + handler ${fixed(split.appCpuMs)} ms (zod, inside the bundle, is initialised on the first input check)`,
  );
  print('  (an event is compiled anew by zapier-platform-core every time: createApp + prepareApp copy and freeze the whole definition)');
};

const printRequests = (counts: RequestCounts): void => {
  const { operations, dynamicFields } = counts;
  const target = counts.target === 'sandbox' ? 'the local sandbox (spec-validated, stateful)' : 'a generic server answering {} (the sandbox is not built)';
  print(`2. Requests per operation: ${operations.length} runs of ${new Set(operations.map((entry) => entry.key)).size} operations (hidden dropdown triggers included) through createAppTester, empty z.cache, against ${target}`);
  const byCount = new Map<number, string[]>();
  for (const entry of operations) byCount.set(entry.requests.length, [...(byCount.get(entry.requests.length) ?? []), entry.label]);
  for (const [count, labels] of [...byCount.entries()].sort((a, b) => a[0] - b[0])) {
    print(`  ${count} request${count === 1 ? '' : 's'}: ${labels.length} runs`);
    if (count !== 1) print(wrapList(labels, '    '));
  }
  const above = operations.filter((entry) => entry.requests.length > 1);
  for (const entry of above) {
    print(`  above one: ${entry.label} = ${entry.requests.map((request) => `${request.method} ${request.path}`).join(' → ')}`);
    const onlyNames = nameLookups(entry) === entry.requests.length - 1;
    print(`    why: ${WHY_MORE_THAN_ONE[entry.label] ?? (onlyNames ? NAMES_WHY : 'NOT EXPLAINED (a repeated or extra request)')}`);
  }
  const failed = operations.filter((entry) => entry.error);
  if (failed.length) {
    print(`  ${failed.length} run${failed.length === 1 ? '' : 's'} ended in an error (counted all the same; the error is the ${counts.target}'s answer, not the count):`);
    for (const entry of failed) print(`    ${entry.label}: ${entry.error}`);
  }
  const offending = operations.filter(overBudget);
  judge('requests per operation', offending.length === 0, `${above.length} above one, ${offending.length} unexplained`);
  print(`  budget: one request per single-endpoint operation → ${offending.length === 0 ? 'met' : `MISSED by ${offending.map((entry) => entry.label).join(', ')}`}`);

  const fetching = dynamicFields.filter(fetchesFields);
  const secondPassOk = fetching.every((entry) => entry.secondPass === 0);
  const runAfterOk = fetching.every((entry) => entry.runAfter === undefined || entry.runAfter <= 1);
  print(
    `  dynamic fields: ${dynamicFields.length} operations have field functions; ${fetching.length} fetch something (custom-field definitions), z.cache shared:`,
  );
  table([
    ['operation', 'input fields, 1st', 'output fields, 1st', 'both again', 'run after (custom field mapped)'],
    ...fetching.map((entry) => [entry.key, String(entry.inputFieldsFirst), String(entry.outputFieldsFirst), String(entry.secondPass), entry.runAfter === undefined ? '-' : String(entry.runAfter)]),
  ]);
  print(`  budget: fields fetched again = 0 → ${judge('dynamic fields cached', secondPassOk && runAfterOk, `${fetching.length} checked`)}`);
};

const printPolling = (rows: PollingRow[]): void => {
  print(`3. Polling at scale: search_contacts (POST /contacts/search, newest first) against a 127.0.0.1 server holding N contacts`);
  print('  app-side figures, measured in a child process; "empty event" = an event doing nothing through the same handler;');
  print('  "one-trigger app" = the same poll through a copy of the app holding only this trigger (the definition-size share)');
  table([
    ['contacts', 'requests/poll', 'items', 'CPU ms/poll', 'empty event', 'one-trigger app', 'wall ms/poll', 'garbage/poll', 'one-trigger app', 'retained/poll'],
    ...rows.map((row) => [
      row.contacts.toLocaleString('en-US'),
      fixed(row.requestsPerPoll, 2),
      String(row.itemsPerPoll),
      fixed(row.cpuMsPerPoll),
      `${fixed(row.emptyEventCpuMs)} ms`,
      `${fixed(row.aloneCpuMsPerPoll)} ms`,
      fixed(row.wallMsPerPoll),
      kib(row.transientHeapBytesPerPoll),
      kib(row.aloneTransientHeapBytesPerPoll),
      kib(row.retainedHeapBytesPerPoll),
    ]),
  ]);
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return;
  const cpuGrowth = ratio(last.cpuMsPerPoll, first.cpuMsPerPoll);
  const heapGrowth = ratio(last.transientHeapBytesPerPoll, first.transientHeapBytesPerPoll);
  print(`  ratio ${last.contacts.toLocaleString('en-US')}/${first.contacts.toLocaleString('en-US')}: CPU ${times(cpuGrowth)}, garbage ${times(heapGrowth)}, wall ${times(ratio(last.wallMsPerPoll, first.wallMsPerPoll))}`);
  print(`  name lookups (names beside ids, cached 300 s), per probe of every poll: ${rows.map((row) => row.nameLookups).join(', ')}`);
  const oneRequest = rows.every((row) => row.requestsPerPoll === 1);
  const flat = cpuGrowth <= BUDGET.pollingGrowth && heapGrowth <= BUDGET.pollingGrowth;
  const noLeak = rows.every((row) => row.retainedHeapBytesPerPoll <= BUDGET.retainedHeapPerPoll);
  print(`  budget: 1 request per poll → ${judge('one request per poll', oneRequest)}; flat (≤ ${BUDGET.pollingGrowth}× at 100×) → ${judge('polling flat', flat && noLeak, `CPU ${times(cpuGrowth)}, garbage ${times(heapGrowth)} at 100×`)}`);
};

const printBuild = (result: BuildSizeResult, coldStart: ColdStartResult): void => {
  print('4. Build size: build.zip from `zapier-platform build --skip-validation`, run on a staged copy (dist/, index.js, package files,');
  print('   production node_modules) in a temporary directory: run in the project root the CLI copies all 417 MB of node_modules in');
  print('   parallel and stops with EMFILE (too many open files)');
  if (result.app && result.fixture) {
    table([
      ['', 'app', 'fixture', 'ratio'],
      ['build.zip', kib(result.app.zipBytes), kib(result.fixture.zipBytes), times(ratio(result.app.zipBytes, result.fixture.zipBytes))],
      ['files in it', String(result.app.zipEntries), String(result.fixture.zipEntries), times(ratio(result.app.zipEntries, result.fixture.zipEntries))],
    ]);
    judge('build size (no budget set; uploads fail near 22 MB)', undefined);
    return;
  }
  print(`  the build could not run: ${result.failure}`);
  print('  instead, the source files index.js loads at start (uncompressed; labelled: not build.zip):');
  const size = (packages: ColdStartResult['app']['packages']) => Object.values(packages).reduce((sum, entry) => sum + entry.bytes, 0);
  table([
    ['', 'app', 'fixture', 'ratio'],
    ['loaded source', kib(size(coldStart.app.packages)), kib(size(coldStart.fixture.packages)), times(ratio(size(coldStart.app.packages), size(coldStart.fixture.packages)))],
  ]);
  judge('build size (measured as loaded source)', undefined);
};

const main = async (): Promise<void> => {
  print(`HighLevel app benchmark: Node ${process.version}, zapier-platform-core ${coreVersion}`);
  print();
  const coldStart = measureColdStart();
  printColdStart(coldStart);
  print();

  const target = await startCountingTarget();
  let counts: RequestCounts;
  try {
    counts = await countRequests(target);
  } finally {
    await target.close();
  }
  printRequests(counts);
  print();

  printPolling(await measurePolling());
  print();

  printBuild(measureBuildSize(), coldStart);
  print();

  const judged = verdicts.filter((verdict) => verdict.met !== undefined);
  const missed = judged.filter((verdict) => !verdict.met);
  const describe = (verdict: Verdict) => `${verdict.line} ${verdict.met ? 'met' : 'MISSED'}${verdict.figure ? ` (${verdict.figure})` : ''}`;
  print(`Summary: ${judged.length - missed.length}/${judged.length} budgets met: ${judged.map(describe).join('; ')}.`);
};

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
