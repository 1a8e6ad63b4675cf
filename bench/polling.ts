import { spawn } from 'node:child_process';
import { startContactServer } from './contactServer';
import type { PollSample } from './pollProbe';
import { pollsPerProbe } from './pollPlan';
import { APP_ENTRY, POLL_PROBE, PROJECT_ROOT } from './paths';

export interface PollingRow extends PollSample {
  contacts: number;
  /** Requests the server answered during the probe, per poll (warm-up polls included), name lookups aside. */
  requestsPerPoll: number;
  /** Name lookup lists read during the whole probe (names beside ids: once per list, then cached 300 s). */
  nameLookups: number;
}

export const POLLING_SCALES = [1_000, 10_000, 100_000];

/** The probe runs in a child so its CPU and heap are the app's alone; the server lives here meanwhile. */
const runProbe = (url: string, polls: number): Promise<PollSample> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', POLL_PROBE, APP_ENTRY, String(polls)], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NODE_OPTIONS: '', NODE_ENV: 'test', HIGHLEVEL_API_BASE_URL: url, HIGHLEVEL_LOCAL_TESTING: 'true' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const lastLine = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !lastLine.startsWith('{')) reject(new Error(`poll probe failed (exit ${code}): ${stderr.trim().slice(0, 500)}`));
      else resolve(JSON.parse(lastLine) as PollSample);
    });
  });

export const measurePolling = async (polls = 20): Promise<PollingRow[]> => {
  const rows: PollingRow[] = [];
  for (const contacts of POLLING_SCALES) {
    const server = await startContactServer(contacts);
    try {
      const sample = await runProbe(server.url, polls);
      const lookups = server.nameLookups();
      rows.push({ contacts, ...sample, requestsPerPoll: (server.requests() - lookups) / pollsPerProbe(polls), nameLookups: lookups });
    } finally {
      await server.close();
    }
  }
  return rows;
};
