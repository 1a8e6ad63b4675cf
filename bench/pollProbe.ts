/**
 * Runs in a child process with --expose-gc (spawned by polling.ts): polls the contact trigger through
 * zapier-platform-core against the contact server at HIGHLEVEL_API_BASE_URL and reports the app's side of each poll
 * as one JSON line. argv[2] = the app's entry file, argv[3] = measured polls.
 */
import { performance } from 'node:perf_hooks';
import { DEMO } from '../sandbox/demo';
import { WARM_UP_POLLS } from './pollPlan';

export interface PollSample {
  polls: number;
  itemsPerPoll: number;
  /** Median user+system CPU and wall time of one poll. */
  cpuMsPerPoll: number;
  wallMsPerPoll: number;
  /** Median heap a poll leaves allocated before collection (its garbage). */
  transientHeapBytesPerPoll: number;
  /** Median CPU of an event that does nothing, through the same handler: zapier-platform-core's share of each poll. */
  emptyEventCpuMs: number;
  /** The same poll through an app holding only this trigger: what the size of the definition costs each poll. */
  aloneCpuMsPerPoll: number;
  aloneTransientHeapBytesPerPoll: number;
  /** Heap still held after the measured polls and a full collection, per poll (a leak shows here). */
  retainedHeapBytesPerPoll: number;
}

type Tester = (perform: unknown, bundle: unknown) => Promise<unknown>;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const main = async (): Promise<void> => {
  const [entry, pollsArgument] = process.argv.slice(2);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!entry || !gc) throw new Error('usage: node --expose-gc pollProbe <app entry> <polls>');
  const polls = Number(pollsArgument ?? 20);
  const core = require('zapier-platform-core') as { createAppTester: (app: unknown) => Tester };
  const app = require(entry) as { triggers: Record<string, { operation: { perform: unknown } }> };
  const appTester = core.createAppTester(app);
  const perform = app.triggers.search_contacts?.operation.perform;
  // zapier-platform-core compiles and copies the whole definition on every invocation: an app of one trigger shows that share.
  const alone = { ...app, triggers: { search_contacts: app.triggers.search_contacts }, creates: {}, searches: {}, searchOrCreates: {} };
  const aloneTester = core.createAppTester(alone);
  const bundle = {
    authData: { access_token: 'bench-poll-token', locationId: DEMO.locationId, companyId: DEMO.companyId, userType: 'Location' },
    inputData: {},
    meta: { isLoadingSample: false, isFillingDynamicDropdown: false, page: 0, limit: -1 },
  };
  const poll = async (tester = appTester): Promise<number> => {
    const items = await tester(perform, structuredClone(bundle));
    if (!Array.isArray(items)) throw new Error('the poll did not return a list');
    return items.length;
  };

  const measure = async (tester: Tester) => {
    const cpu: number[] = [];
    const wall: number[] = [];
    const transient: number[] = [];
    let items = 0;
    for (let index = 0; index < polls; index += 1) {
      gc();
      const heapBefore = process.memoryUsage().heapUsed;
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      items = await poll(tester);
      wall.push(performance.now() - started);
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1000);
      transient.push(process.memoryUsage().heapUsed - heapBefore);
    }
    return { items, cpu: median(cpu), wall: median(wall), transient: median(transient) };
  };

  for (let warmUp = 0; warmUp < WARM_UP_POLLS; warmUp += 1) {
    await poll();
    await poll(aloneTester);
  }
  const full = await measure(appTester);
  const single = await measure(aloneTester);

  const empty: number[] = [];
  for (let index = 0; index < polls; index += 1) {
    const cpuBefore = process.cpuUsage();
    await appTester(() => [], structuredClone(bundle));
    const used = process.cpuUsage(cpuBefore);
    empty.push((used.user + used.system) / 1000);
  }

  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  for (let index = 0; index < polls; index += 1) await poll();
  gc();
  const retainedHeapBytesPerPoll = (process.memoryUsage().heapUsed - heapBefore) / polls;

  const sample: PollSample = {
    polls,
    itemsPerPoll: full.items,
    cpuMsPerPoll: full.cpu,
    wallMsPerPoll: full.wall,
    transientHeapBytesPerPoll: full.transient,
    emptyEventCpuMs: median(empty),
    aloneCpuMsPerPoll: single.cpu,
    aloneTransientHeapBytesPerPoll: single.transient,
    retainedHeapBytesPerPoll,
  };
  process.stdout.write(`\n${JSON.stringify(sample)}\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
