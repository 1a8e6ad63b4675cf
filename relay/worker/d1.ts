import type { SqlDriver } from '../src/store';

/** The part of Cloudflare's D1 binding the store uses (typed here rather than pulling Workers' global types into Node's). */
export interface D1Like {
  prepare(sql: string): {
    bind(...values: unknown[]): {
      all<T>(): Promise<{ results: T[] }>;
      run(): Promise<{ meta: { changes: number } }>;
    };
  };
}

/** Cloudflare D1 as the relay's store (schema: relay/migrations, applied by `wrangler d1 migrations apply`). */
export const d1Driver = (db: D1Like): SqlDriver => ({
  async all<T>(sql: string, params: unknown[]) {
    return (await db.prepare(sql).bind(...params).all<T>()).results;
  },
  async run(sql: string, params: unknown[]) {
    return (await db.prepare(sql).bind(...params).run()).meta.changes;
  },
});
