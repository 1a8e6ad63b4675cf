import { spawnSync } from 'node:child_process';
import type { ColdStartSample, LoadBreakdown } from './coldStartProbe';
import { APP_ENTRY, COLD_START_PROBE, FIXTURE_ENTRY, PROJECT_ROOT } from './paths';
import { median } from './stats';

export interface ColdStartFigures {
  runs: number;
  processCpuMs: number;
  loadCpuMs: number;
  maxRssKiB: number;
  firstEventCpuMs: number;
  secondEventCpuMs: number;
  packages: ColdStartSample['packages'];
}

export interface ColdStartResult {
  app: ColdStartFigures;
  fixture: ColdStartFigures;
  /** Median split of the app's load CPU. */
  appBreakdown: LoadBreakdown;
}

const probe = <T = ColdStartSample>(entry: string, mode?: 'breakdown'): T => {
  const child = spawnSync(process.execPath, [COLD_START_PROBE, entry, ...(mode ? [mode] : [])], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    // No inherited flags (a --require hook or an inspector would be measured too).
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const lastLine = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !lastLine.startsWith('{')) {
    throw new Error(`cold-start probe failed for ${entry} (exit ${child.status}): ${child.stderr.trim().slice(0, 500)}`);
  }
  return JSON.parse(lastLine) as T;
};

const summarize = (samples: ColdStartSample[]): ColdStartFigures => ({
  runs: samples.length,
  processCpuMs: median(samples.map((sample) => sample.processCpuMs)),
  loadCpuMs: median(samples.map((sample) => sample.loadCpuMs)),
  maxRssKiB: median(samples.map((sample) => sample.maxRssKiB)),
  firstEventCpuMs: median(samples.map((sample) => sample.firstEventCpuMs)),
  secondEventCpuMs: median(samples.map((sample) => sample.secondEventCpuMs)),
  packages: samples[0]?.packages ?? {},
});

/**
 * Each measurement in a fresh process, the app and the fixture alternating so drift on the machine hits both,
 * after one discarded warm-up run of each (disk cache, JIT-independent file reads).
 */
export const measureColdStart = (runs = 9): ColdStartResult => {
  probe(APP_ENTRY);
  probe(FIXTURE_ENTRY);
  const app: ColdStartSample[] = [];
  const fixture: ColdStartSample[] = [];
  for (let run = 0; run < runs; run += 1) {
    app.push(probe(APP_ENTRY));
    fixture.push(probe(FIXTURE_ENTRY));
  }
  const splits = Array.from({ length: Math.ceil(runs / 2) }, () => probe<LoadBreakdown>(APP_ENTRY, 'breakdown'));
  const appBreakdown: LoadBreakdown = {
    coreCpuMs: median(splits.map((split) => split.coreCpuMs)),
    appCpuMs: median(splits.map((split) => split.appCpuMs)),
  };
  return { app: summarize(app), fixture: summarize(fixture), appBreakdown };
};

/** Packages the app loads that the fixture does not, or loads more of: where the extra cold start goes. */
export const extraPackages = (result: ColdStartResult): Array<{ name: string; files: number; bytes: number }> =>
  Object.entries(result.app.packages)
    .map(([name, loaded]) => {
      const baseline = result.fixture.packages[name] ?? { files: 0, bytes: 0 };
      return { name, files: loaded.files - baseline.files, bytes: loaded.bytes - baseline.bytes };
    })
    .filter((extra) => extra.files > 0)
    .sort((a, b) => b.bytes - a.bytes);
