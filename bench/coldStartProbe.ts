/**
 * Runs in a fresh Node process (spawned by coldStart.ts): loads one app the way Zapier's runtime does and reports
 * what it cost as one JSON line. argv[2] = the app's entry file; argv[3] = `breakdown` to time zapier-platform-core
 * and the app's own modules apart instead.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface ColdStartSample {
  /** user+system CPU of the whole process once the handler exists (Node's own start-up included). */
  processCpuMs: number;
  /** user+system CPU of loading the app and creating its handler alone. */
  loadCpuMs: number;
  /** Peak resident memory once the handler exists. */
  maxRssKiB: number;
  /** CPU of the first event through the handler (core compiles the app definition on every event). */
  firstEventCpuMs: number;
  /** CPU of a second, identical event: what every warm invocation pays before the operation runs. */
  secondEventCpuMs: number;
  /** Modules in require.cache, by package (`.` = the app's own files), with their source bytes. */
  packages: Record<string, { files: number; bytes: number }>;
}

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;

const packageOf = (file: string): string => {
  const marker = `${path.sep}node_modules${path.sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) return '.';
  const rest = file.slice(at + marker.length).split(path.sep);
  return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? '?');
};

const loadedPackages = (): ColdStartSample['packages'] => {
  const packages: ColdStartSample['packages'] = {};
  for (const file of Object.keys(require.cache)) {
    if (file === __filename) continue;
    const entry = (packages[packageOf(file)] ??= { files: 0, bytes: 0 });
    entry.files += 1;
    entry.bytes += fs.statSync(file).size;
  }
  return packages;
};

export interface LoadBreakdown {
  coreCpuMs: number;
  /** The app's bundle (its own modules; zod inside it is initialised on the first input check, not here) and createAppHandler. */
  appCpuMs: number;
}

/** Where an app's load CPU goes: the same loads as `main`, timed apart. */
const breakdown = (entry: string): LoadBreakdown => {
  const timed = (load: () => unknown): number => {
    const before = process.cpuUsage();
    load();
    return cpuMs(process.cpuUsage(before));
  };
  let core: { createAppHandler: (app: unknown) => unknown } | undefined;
  const coreCpuMs = timed(() => (core = require('zapier-platform-core') as typeof core));
  const appCpuMs = timed(() => core?.createAppHandler(require(entry)));
  return { coreCpuMs, appCpuMs };
};

const main = async (): Promise<void> => {
  const [entry, mode] = process.argv.slice(2);
  if (!entry) throw new Error('usage: coldStartProbe <app entry> [breakdown]');
  if (mode === 'breakdown') {
    process.stdout.write(`\n${JSON.stringify(breakdown(entry))}\n`);
    return;
  }
  const started = process.cpuUsage();
  // The order of zapierwrapper.js: core, then the app, then the handler.
  const core = require('zapier-platform-core') as { createAppHandler: (app: unknown) => (event: unknown) => Promise<unknown> };
  const app = require(entry) as Record<string, unknown>;
  const handler = core.createAppHandler(app);
  const loadCpuMs = cpuMs(process.cpuUsage(started));
  const processCpuMs = cpuMs(process.cpuUsage());
  const maxRssKiB = process.resourceUsage().maxRSS;
  const packages = loadedPackages();

  // A no-op method (the key createAppTester uses for ad hoc functions), so the event makes no request.
  app._testRequest = () => 'ok';
  const beforeEvent = process.cpuUsage();
  await handler({ command: 'execute', method: '_testRequest', bundle: {} });
  const firstEventCpuMs = cpuMs(process.cpuUsage(beforeEvent));
  const beforeSecondEvent = process.cpuUsage();
  await handler({ command: 'execute', method: '_testRequest', bundle: {} });
  const secondEventCpuMs = cpuMs(process.cpuUsage(beforeSecondEvent));

  const sample: ColdStartSample = { processCpuMs, loadCpuMs, maxRssKiB, firstEventCpuMs, secondEventCpuMs, packages };
  process.stdout.write(`\n${JSON.stringify(sample)}\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
