/**
 * Imported first by run.ts: zapier-platform-core prints a memory line ("ZID … RSSMEM") on every invocation unless it
 * believes it runs under a test runner, which it reads once, from NODE_ENV, when it loads.
 */
process.env.NODE_ENV = 'test';

export {};
