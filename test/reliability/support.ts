import nock from 'nock';
import App from '../../index';
import catalog from '../../catalog/operations.json';
import extensions from '../../catalog/extensions.json';
import spec from '../../sandbox/spec/highlevel.json';
import { operationCases, type Kind, type OperationCase } from '../../sandbox/operationInputs';
import { PRELIMINARY_READS, type PreliminaryRead } from '../../sandbox/preliminaryReads';
import { agencyAuthData, API, operationOf, operationTester, authData as subAccountAuthData } from '../helpers';

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
type Definition = { operation: { perform: Perform } };
const groupOf = (kind: Kind) => ((App as unknown as Record<Kind, Record<string, Definition>>)[kind] ?? {});

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
  const tester = operationTester(entry.kind, entry.key);
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
  operationTester('triggers', undefined)(method as never, bundle as never) as Promise<unknown>;

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

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The catalog's path template as a regular expression: each `{param}` is one segment. */
export const templatePattern = (template: string): RegExp =>
  new RegExp(`^${template.split(/\{[^}]+\}/).map(escapeRegExp).join('[^/]+')}/?$`);

/** An operation's static input fields (dynamic ones are functions). */
export const staticFieldsOf = <F extends { key: string }>(entry: Pick<OperationCase, 'kind' | 'key'>): F[] =>
  (operationOf(entry.kind, entry.key).inputFields ?? []).filter((field): field is F => typeof field === 'object' && field !== null && 'key' in field);

/** How a step refuses one bad value: "Label (key): expected …", with "(item N)" after the key for a list's item. */
export const badValueRefusal = (label: string, key: string): RegExp =>
  new RegExp(`${escapeRegExp(`${label} (${key})`)}( \\(item \\d+\\))?: expected `);

// ---------------------------------------------------------------------------------------------------------------
// A HighLevel that answers only its real endpoints (the official spec, `sandbox/spec/highlevel.json`)

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  additionalProperties?: unknown;
  enum?: unknown[];
};
interface SpecParameter { name: string; in: string; required?: boolean; schema?: Schema }
interface SpecOperation { operationId?: string; parameters?: SpecParameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }
const SPEC = spec as unknown as { paths: Record<string, Record<string, SpecOperation>>; components: { schemas: Record<string, Schema> } };

const resolved = (schema: Schema | undefined, depth = 0): Schema | undefined => {
  if (!schema || depth > 20) return schema;
  if (schema.$ref) return resolved(SPEC.components.schemas[schema.$ref.split('/').pop() ?? ''], depth + 1);
  if (schema.allOf) {
    const parts = schema.allOf.map((part) => resolved(part, depth + 1) ?? {});
    return {
      type: 'object',
      properties: Object.assign({}, ...parts.map((part) => part.properties ?? {})),
      required: parts.flatMap((part) => part.required ?? []),
    };
  }
  return schema;
};

/** One endpoint of the spec: what a request to it must look like. */
export interface SpecRoute {
  method: string;
  template: string;
  operationId?: string;
  pattern: RegExp;
  version?: string;
  requiredQuery: string[];
  /** The body's known properties; undefined when the spec leaves the body open. */
  bodyProperties?: Set<string>;
  requiredBody: string[];
  /** Each path and query parameter and body property, with what the spec says of its value. */
  fields: SpecField[];
}

export interface SpecField {
  name: string;
  in: 'path' | 'query' | 'body';
  required: boolean;
  type?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  enum?: unknown[];
  /** For arrays: the items' type. */
  itemType?: string;
}

const specFieldOf = (name: string, where: SpecField['in'], required: boolean, schema: Schema | undefined): SpecField => {
  const value = resolved(schema) ?? {};
  const items = resolved(value.items);
  return {
    name,
    in: where,
    required,
    type: value.type,
    format: value.format,
    minimum: value.minimum,
    maximum: value.maximum,
    maxLength: value.maxLength,
    enum: value.enum,
    itemType: items?.type,
  };
};

const routeOf = (template: string, method: string, operation: SpecOperation): SpecRoute => {
  const parameters = operation.parameters ?? [];
  const content = operation.requestBody?.content ?? {};
  const body = resolved((content['application/json'] ?? content['application/x-www-form-urlencoded'] ?? Object.values(content)[0])?.schema);
  const open = !body?.properties || Object.keys(body.properties).length === 0 || body.additionalProperties === true || typeof body.additionalProperties === 'object';
  return {
    method: method.toUpperCase(),
    template,
    operationId: operation.operationId,
    pattern: templatePattern(template),
    version: parameters.find((parameter) => parameter.in === 'header' && parameter.name === 'Version')?.schema?.enum?.[0] as string | undefined,
    requiredQuery: parameters.filter((parameter) => parameter.in === 'query' && parameter.required).map((parameter) => parameter.name),
    bodyProperties: open ? undefined : new Set(Object.keys(body?.properties ?? {})),
    requiredBody: body?.required ?? [],
    fields: [
      ...parameters
        .filter((parameter) => parameter.in === 'path' || parameter.in === 'query')
        .map((parameter) => specFieldOf(parameter.name, parameter.in as 'path' | 'query', parameter.in === 'path' || Boolean(parameter.required), parameter.schema)),
      ...Object.entries(body?.properties ?? {}).map(([name, schema]) => specFieldOf(name, 'body', (body?.required ?? []).includes(name), schema)),
    ],
  };
};

/** Every endpoint of the spec, literal paths before templated ones (`/contacts/search` before `/contacts/{contactId}`). */
export const SPEC_ROUTES: SpecRoute[] = Object.entries(SPEC.paths)
  .flatMap(([template, methods]) => Object.entries(methods).map(([method, operation]) => routeOf(template, method, operation)))
  .sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));

export const specRouteOf = (method: string, path: string): SpecRoute | undefined =>
  SPEC_ROUTES.find((route) => route.method === method && route.pattern.test(path));

const bodySchemaOf = (operation: SpecOperation | undefined): Schema | undefined => {
  const content = operation?.requestBody?.content ?? {};
  return resolved((content['application/json'] ?? content['application/x-www-form-urlencoded'] ?? Object.values(content)[0])?.schema);
};

/**
 * Whether the spec of the endpoint `request` went to requires the body property at `path` (dotted, as `card.brand`)
 * at every level: the property in its object, and each object above it in the one above, up to the body. Such a
 * property cannot be left out, whatever the user mapped. False through a list (it may be empty) or an unknown property.
 */
export const requiredAtEveryLevel = (request: Pick<SeenRequest, 'method' | 'path'>, path: string): boolean => {
  const route = specRouteOf(request.method, request.path);
  let schema = route && bodySchemaOf(SPEC.paths[route.template]?.[route.method.toLowerCase()]);
  for (const name of path.split('.')) {
    if (!schema?.properties?.[name] || !(schema.required ?? []).includes(name)) return false;
    schema = resolved(schema.properties[name]);
  }
  return Boolean(route);
};

/**
 * Where HighLevel's real API is known to differ from its spec (/work/shared/docs/highlevel-api.md §11): endpoint
 * template → body properties the real endpoint takes although the spec does not list them.
 */
const SPEC_GAPS: Record<string, { extraBody?: string[] }> = {
  // UpsertOpportunityDto has no contactId, yet matching and creating need it (highlevel-api.md §11: a spec artefact).
  'POST /opportunities/upsert': { extraBody: ['contactId'] },
};

/** One part of a multipart/form-data body: its text, or for a file its name, type and content. */
export type FormPart = string | { filename: string; contentType?: string; content: string };

/**
 * The fields of a multipart/form-data body (RFC 7578), by part name; undefined when the body is not one: no boundary
 * in the Content-Type, a part without `Content-Disposition: form-data; name`, or no closing delimiter. nock hands over
 * a body that is not UTF-8 (a binary file) as hex.
 */
const multipartFieldsOf = (raw: string, contentType: string): Record<string, FormPart> | undefined => {
  const found = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = found?.[1] ?? found?.[2];
  if (!boundary) return undefined;
  const text = !raw.startsWith('--') && /^(?:[0-9a-f]{2})+$/i.test(raw) ? Buffer.from(raw, 'hex').toString('latin1') : raw;
  const sections = text.split(`--${boundary}`);
  // Nothing before the first delimiter; the last one is the closing `--boundary--`.
  if (sections.length < 3 || sections[0] !== '' || !/^--(\r\n)?$/.test(sections[sections.length - 1]!)) return undefined;
  const fields: Record<string, FormPart> = {};
  for (const section of sections.slice(1, -1)) {
    const part = /^\r\n([\s\S]*?)\r\n\r\n([\s\S]*)\r\n$/.exec(section);
    const disposition = part && /^content-disposition:\s*form-data;\s*name="([^"]*)"(?:;\s*filename="([^"]*)")?\s*$/im.exec(part[1]!);
    if (!part || !disposition) return undefined;
    const type = /^content-type:\s*(.+)$/im.exec(part[1]!)?.[1]?.trim();
    fields[disposition[1]!] = disposition[2] === undefined ? part[2]! : { filename: disposition[2], ...(type ? { contentType: type } : {}), content: part[2]! };
  }
  return fields;
};

/**
 * The body HighLevel received, read by its Content-Type: JSON, a URL-encoded form or multipart/form-data (Upload File
 * to Media Library); undefined when there is none. Throws, saying why, when it cannot be read as its type says.
 */
export const bodyOf = (request: SeenRequest): unknown => {
  if (!request.body) return undefined;
  const contentType = String(request.headers['content-type'] ?? '');
  if (/multipart\/form-data/i.test(contentType)) {
    const fields = multipartFieldsOf(request.body, contentType);
    if (!fields) throw new Error('body is not multipart/form-data');
    return fields;
  }
  if (/application\/x-www-form-urlencoded/i.test(contentType)) return Object.fromEntries(new URLSearchParams(request.body));
  try {
    return JSON.parse(request.body) as unknown;
  } catch {
    throw new Error('body is not JSON');
  }
};

/** What is wrong with a request, judged by the spec: the endpoint, the Version header, required query, body keys. */
export const specProblemsOf = (request: SeenRequest): string[] => {
  const route = specRouteOf(request.method, request.path);
  const where = `${request.method} ${request.path}`;
  if (!route) return [`${where}: no such endpoint in HighLevel's spec`];
  const problems: string[] = [];
  const gap = SPEC_GAPS[`${route.method} ${route.template}`] ?? {};
  if (route.version && request.headers.version !== route.version) problems.push(`${where}: Version ${String(request.headers.version)}, the spec says ${route.version}`);
  for (const name of route.requiredQuery) if (!request.query.has(name)) problems.push(`${where}: required query parameter ${name} missing`);
  let body: unknown;
  try {
    body = bodyOf(request);
  } catch (error) {
    problems.push(`${where}: ${(error as Error).message}`);
  }
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const known = (key: string) => route.bodyProperties!.has(key) || Boolean(gap.extraBody?.includes(key));
    if (route.bodyProperties) for (const key of Object.keys(body)) if (!known(key)) problems.push(`${where}: property ${key} should not exist`);
    for (const key of route.requiredBody) if (!(key in body)) problems.push(`${where}: required body property ${key} missing`);
  } else if (route.requiredBody.length) {
    problems.push(`${where}: required body (${route.requiredBody.join(', ')}) missing`);
  }
  return problems;
};

/** The operation's own endpoint: from catalog/operations.json, else catalog/extensions.json (hidden dropdowns have none). */
export const ownEndpointOf = (key: string): { method: string; path: string } | undefined => {
  const entry = catalogEntryOf(key) ?? (extensions as Array<{ key: string; method: string; path: string }>).find((extension) => extension.key === key);
  return entry && /^[A-Z]+$/.test(entry.method) ? { method: entry.method, path: entry.path } : undefined;
};

/** The spec's description of the operation's own endpoint. */
export const ownSpecRouteOf = (key: string): SpecRoute | undefined => {
  const own = ownEndpointOf(key);
  return own && SPEC_ROUTES.find((route) => route.method === own.method && route.pattern.test(own.path));
};

export const isOwnEndpoint = (key: string, request: SeenRequest): boolean => {
  const own = ownEndpointOf(key);
  return own !== undefined && own.method === request.method && templatePattern(own.path).test(request.path);
};

export { PRELIMINARY_READS, type PreliminaryRead } from '../../sandbox/preliminaryReads';

/** The operation's listed preliminary read, when `request` is it. */
export const preliminaryReadOf = (key: string, request: Pick<SeenRequest, 'method' | 'path'>): PreliminaryRead | undefined => {
  const read = PRELIMINARY_READS[key];
  return read && read.method === request.method && templatePattern(read.path).test(request.path) ? read : undefined;
};

/** The requests a table saw, with what is wrong with each by the spec (an answer still goes back, so the run ends). */
export interface SpecCheckedRequests extends Array<SeenRequest> {
  problems: string[];
}

/**
 * Like answerEveryRequest, but each request is judged against HighLevel's spec (endpoint, Version, required query,
 * body keys): a wrong endpoint or an unknown body property is recorded in `problems`, which the table asserts empty.
 */
export const answerSpecRequests = (answer: (request: SeenRequest) => Answer, host: string = API): SpecCheckedRequests => {
  const problems: string[] = [];
  const seen = answerEveryRequest((request) => {
    problems.push(...specProblemsOf(request));
    return answer(request);
  }, host) as SpecCheckedRequests;
  seen.problems = problems;
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
