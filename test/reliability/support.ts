import nock from 'nock';
import { createAppTester } from 'zapier-platform-core';
import App from '../../index';
import catalog from '../../catalog/operations.json';
import { operationCases, type Kind, type OperationCase } from '../../sandbox/operationInputs';
import { agencyAuthData, API, authData as subAccountAuthData } from '../helpers';

/**
 * Shared helpers of the reliability tables: every operation of the app (`operationCases`) run against a HighLevel
 * that answers every request the same way, with the outcome (result or error) and the requests it sent.
 */

export type { OperationCase } from '../../sandbox/operationInputs';

export { agencyAuthData };

export const authDataFor = (entry: OperationCase): Record<string, unknown> =>
  entry.connection === 'agency' ? { ...agencyAuthData } : { ...subAccountAuthData };

/** `[key, case]` rows for `it.each('%s', …)`: every operation, hidden dropdown triggers included. */
export const everyOperation = operationCases.map((entry) => [entry.key, entry] as const);

// ---------------------------------------------------------------------------------------------------------------
// Running one operation

type Perform = (...args: never[]) => unknown;
type Tester = ReturnType<typeof createAppTester> & { zcacheTestObj: Record<string, unknown> };
type Definition = { operation: { perform: Perform } };
const groupOf = (kind: Kind) => ((App as unknown as Record<Kind, Record<string, Definition>>)[kind] ?? {});

/**
 * core compiles the whole app (148 operations, ~35 ms) on every appTester call; a tester per operation over the
 * same app with only that operation (same authentication, middleware and hydrators) runs it the same way in ~10 ms,
 * which keeps tables of thousands of runs fast.
 */
const testers = new Map<string, Tester>();
const testerOf = (kind: Kind, key: string | undefined): Tester => {
  const cached = testers.get(`${kind}.${key}`);
  if (cached) return cached;
  const only: Record<Kind, Record<string, Definition>> = { triggers: {}, creates: {}, searches: {} };
  if (key !== undefined) {
    const definition = groupOf(kind)[key];
    if (!definition) throw new Error(`no ${kind} ${key}`);
    only[kind][key] = definition;
  }
  const tester = createAppTester({ ...(App as object), ...only, searchOrCreates: {} } as never) as Tester;
  testers.set(`${kind}.${key}`, tester);
  return tester;
};

/**
 * core's Lambda memory guard exits the process once it has run 250 invocations and RSS passes 450 MB. A jest worker
 * (ts-jest, nock, the whole app) running these tables' thousands of invocations gets there, and core keeps ~40 KB per
 * invocation; Lambda processes never run that many. The tables lift the invocation floor for their own worker only.
 */
(require('zapier-platform-core/src/constants') as { KILL_MIN_LIMIT: number }).KILL_MIN_LIMIT = Number.POSITIVE_INFINITY;

export interface Outcome {
  result?: unknown;
  error?: Error;
}

export interface RunOverrides {
  authData?: Record<string, unknown>;
  inputData?: Record<string, unknown>;
}

/** Runs one operation's perform as Zapier would (same bundle as test/helpers `run`) and never rejects. */
export const runCase = async (entry: OperationCase, overrides: RunOverrides = {}): Promise<Outcome> => {
  const tester = testerOf(entry.kind, entry.key);
  tester.zcacheTestObj = {};
  const perform = groupOf(entry.kind)[entry.key]!.operation.perform;
  try {
    const result = await tester(perform as never, {
      authData: overrides.authData ?? authDataFor(entry),
      inputData: overrides.inputData ?? entry.inputData,
      meta: { isLoadingSample: false, isFillingDynamicDropdown: false, page: 0, limit: -1 },
    } as never);
    return { result };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(`non-Error thrown: ${String(error)}`) };
  }
};

/** Runs an app-level function (an authentication method) the way Zapier does, through the app without its operations. */
export const runAppFunction = (method: unknown, bundle: Record<string, unknown>): Promise<unknown> =>
  testerOf('triggers', undefined)(method as never, bundle as never) as Promise<unknown>;

// ---------------------------------------------------------------------------------------------------------------
// A HighLevel that answers everything

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;

/** A request as HighLevel received it: the raw (still encoded) path, the query, headers and body. */
export interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface Answer {
  status: number;
  body?: string | Record<string, unknown>;
  headers?: Record<string, string>;
}

const textOf = (body: unknown): string => (typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body));

/**
 * Answers every request to HighLevel's API host (any method, any path) with `answer(request)`, so a table does not
 * need to know each endpoint. Returns the requests seen, in order. nock.cleanAll() (test/setup.ts) removes it.
 */
export const answerEveryRequest = (answer: (request: SeenRequest) => Answer, host: string = API): SeenRequest[] => {
  const seen: SeenRequest[] = [];
  for (const method of HTTP_METHODS) {
    nock(host)
      .persist()
      .intercept(() => true, method)
      .optionally() // a catch-all: the methods an operation does not use stay unused (test/setup.ts)
      .reply(function reply(uri, body) {
        const url = new URL(uri, host);
        const request: SeenRequest = {
          method,
          path: uri.split('?')[0] ?? uri,
          query: url.searchParams,
          headers: { ...this.req.headers },
          body: textOf(body),
        };
        seen.push(request);
        const { status, body: answerBody, headers } = answer(request);
        const isJson = answerBody !== undefined && typeof answerBody !== 'string';
        return [status, isJson ? JSON.stringify(answerBody) : (answerBody ?? ''), { ...(isJson ? { 'Content-Type': 'application/json' } : {}), ...headers }];
      });
  }
  return seen;
};

// ---------------------------------------------------------------------------------------------------------------
// Judging errors

/** The kinds of z.errors Zapier shows as a readable message (a ResponseError is core's raw dump of a response). */
export const READABLE_ERROR_NAMES = ['AppError', 'ThrottledError', 'ExpiredAuthError', 'RefreshAuthError', 'HaltedError'];

/** Signs that a failure escaped as a crash or a raw dump instead of a sentence. */
export const RAW_FAILURE = /TypeError|SyntaxError|ReferenceError|Unexpected (token|end)|JSON (input|at position)|valid JSON|JSON\.parse|Cannot read propert|is not a function|undefined is not|"statusCode"|\[object Object\]/;

export interface ErrorDetails {
  name: string;
  /** The sentence Zapier shows (AppError and ThrottledError carry it inside a JSON message). */
  text: string;
  code?: string;
  status?: number;
  delay?: number;
}

export const detailsOf = (error: Error): ErrorDetails => {
  if (error.name === 'AppError' || error.name === 'ThrottledError') {
    try {
      const parsed = JSON.parse(error.message) as { message?: string; code?: string; status?: number; delay?: number };
      return { name: error.name, text: String(parsed.message ?? ''), code: parsed.code, status: parsed.status, delay: parsed.delay };
    } catch {
      // fall through: a plain message
    }
  }
  return { name: error.name, text: error.message };
};

/** Asserts the outcome is a readable z.errors error (not a crash, not a raw dump) and returns its details. */
export const expectReadableError = (outcome: Outcome): ErrorDetails => {
  if (!outcome.error) throw new Error(`expected an error, got a result: ${JSON.stringify(outcome.result)?.slice(0, 300)}`);
  const details = detailsOf(outcome.error);
  if (!READABLE_ERROR_NAMES.includes(details.name) || RAW_FAILURE.test(details.text) || !details.text.trim()) {
    throw new Error(`not a readable error: ${details.name}: ${outcome.error.message.slice(0, 400)}`);
  }
  return details;
};

// ---------------------------------------------------------------------------------------------------------------
// The catalog

interface CatalogEntry {
  key: string;
  zapier_type: string;
  method: string;
  path: string;
  notes: string;
}
const CATALOG = catalog as CatalogEntry[];
export const catalogEntryOf = (key: string): CatalogEntry | undefined => CATALOG.find((entry) => entry.key === key);

/** Triggers on one record (or one check): a 404 there means "not there yet", so no item. */
export const isWatchTrigger = (entry: OperationCase): boolean =>
  entry.kind === 'triggers' && /watch trigger/i.test(catalogEntryOf(entry.key)?.notes ?? '');

/** The catalog's path template as a regular expression: each `{param}` is one segment. */
export const templatePattern = (template: string): RegExp =>
  new RegExp(`^${template.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}/?$`);

// ---------------------------------------------------------------------------------------------------------------
// Figures

/** Counts, per scenario, the operations run and passing, and prints them as a table after the file's tests. */
export class Figures {
  private readonly rows = new Map<string, { run: number; passing: number; notes: string[] }>();

  constructor(private readonly title: string) {}

  private row(scenario: string) {
    let row = this.rows.get(scenario);
    if (!row) {
      row = { run: 0, passing: 0, notes: [] };
      this.rows.set(scenario, row);
    }
    return row;
  }

  /** Runs a check for one operation and counts it; the check's failure still fails the test. */
  async check(scenario: string, check: () => Promise<void> | void): Promise<void> {
    const row = this.row(scenario);
    row.run += 1;
    await check();
    row.passing += 1;
  }

  note(scenario: string, text: string): void {
    this.row(scenario).notes.push(text);
  }

  print(): void {
    const width = Math.max(...[...this.rows.keys()].map((name) => name.length), 8);
    const lines = [...this.rows].map(
      ([scenario, row]) => `${scenario.padEnd(width)}  ${String(row.run).padStart(4)}  ${String(row.passing).padStart(7)}${row.notes.length ? `  ${row.notes.join('; ')}` : ''}`,
    );
    console.log([`${this.title}`, `${'scenario'.padEnd(width)}   run  passing`, ...lines].join('\n'));
  }
}
