import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlDriver } from '../src/store';

/** node:sqlite (built into Node 22) as the relay's embedded store; the schema is the D1 migration itself. */
export const sqliteDriver = (file: string): SqlDriver & { close(): void } => {
  // Required lazily: node:sqlite prints an experimental warning when loaded.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { DatabaseSync } = require('node:sqlite') as typeof import('node:sqlite');
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
  db.exec(readFileSync(join(__dirname, '..', 'migrations', '0001_init.sql'), 'utf8'));
  const statements = new Map<string, ReturnType<typeof db.prepare>>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  type Param = null | number | bigint | string;
  return {
    async all<T>(sql: string, params: unknown[]) {
      return prepared(sql).all(...(params as Param[])) as T[];
    },
    async run(sql: string, params: unknown[]) {
      return Number(prepared(sql).run(...(params as Param[])).changes);
    },
    close: () => db.close(),
  };
};
