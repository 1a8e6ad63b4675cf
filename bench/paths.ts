import path from 'node:path';

/** Where things are, from dist/bench (compiled) — the benchmark only runs built. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
/** What Zapier's runtime loads: the root index.js, which re-exports dist/. */
export const APP_ENTRY = path.join(PROJECT_ROOT, 'index.js');
export const FIXTURE_ENTRY = path.join(__dirname, 'fixture', 'index.js');
export const COLD_START_PROBE = path.join(__dirname, 'coldStartProbe.js');
export const POLL_PROBE = path.join(__dirname, 'pollProbe.js');
