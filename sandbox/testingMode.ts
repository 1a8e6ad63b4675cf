/**
 * Imported first by the sandbox's entry points, before zapier-platform-core loads: core then runs as under
 * `zapier test` — its response checks fail a step instead of only logging, and it does not print a memory report
 * after every call.
 */
process.env.NODE_ENV ??= 'test';
