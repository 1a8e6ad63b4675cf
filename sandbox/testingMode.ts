/**
 * Imported first by the sandbox's and the benchmark's entry points, before zapier-platform-core loads (it reads
 * NODE_ENV once): core then runs as under `zapier test` — its response checks fail a step instead of only logging,
 * and it does not print a memory line ("ZID … RSSMEM") after every call.
 */
process.env.NODE_ENV ??= 'test';
// The sandbox and the bench run on loopback, which the app accepts only in local testing (src/http/config.ts).
process.env.HIGHLEVEL_LOCAL_TESTING ??= 'true';
