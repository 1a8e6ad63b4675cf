import path from 'node:path';
import { PROJECT_ROOT } from '../scripts/stage';

/** Where things are, from dist/bench (compiled) — the benchmark only runs built. */
export { PROJECT_ROOT };

/** What Zapier's runtime loads: the root index.js, which loads the bundle dist/app.js. */
export const APP_ENTRY = path.join(PROJECT_ROOT, 'index.js');
export const FIXTURE_ENTRY = path.join(__dirname, 'fixture', 'index.js');
export const COLD_START_PROBE = path.join(__dirname, 'coldStartProbe.js');
export const POLL_PROBE = path.join(__dirname, 'pollProbe.js');
