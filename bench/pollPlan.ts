/** How many polls the poll probe runs, shared by the probe and polling.ts (which divides the server's count by it). */

/** Polls before measuring (JIT, connection pool), through each of the two apps. */
export const WARM_UP_POLLS = 5;

/** Every poll the probe sends for `measured` measured polls: warm-up, the full app, the one-trigger app, the leak check. */
export const pollsPerProbe = (measured: number): number => 2 * WARM_UP_POLLS + 3 * measured;
