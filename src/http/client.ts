import { stringify as queryString } from 'node:querystring';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';
import { UNKNOWN_RESULT } from './errors';
import { apiBaseUrl } from './config';
import { authorizationFor } from './locationToken';
import type { ApiPath } from './path';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
export type QueryValue = string | number | boolean | undefined | null | ReadonlyArray<string | number>;
export type Query = Record<string, QueryValue>;

/** One call to HighLevel, described as data: operations build these, `callApi` sends them. */
export interface ApiRequest {
  method: HttpMethod;
  path: ApiPath;
  query?: Query;
  /** JSON body; `undefined` values are dropped by JSON encoding. */
  body?: unknown;
  /** `form` sends application/x-www-form-urlencoded (the OAuth routes). */
  encoding?: 'json' | 'form';
}

/**
 * Text as a user mapped it may hold a lone UTF-16 surrogate (half an emoji, cut by another tool); it cannot be
 * encoded (encodeURIComponent throws a raw URIError), so it becomes U+FFFD, as any UTF-8 encoder writes it.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const wellFormed = (text: string): string => text.replace(LONE_SURROGATE, '\uFFFD');

const cleanQuery = (query: Query | undefined): Record<string, string | string[]> => {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params[key] = Array.isArray(value) ? value.map((item) => wellFormed(String(item))) : wellFormed(String(value));
  }
  return params;
};

/**
 * The query is encoded into the URL here and the request is sent with `merge: false`: core's merge step would parse
 * the query back into params and strip anything shaped like `{{…}}` from them, and refuse a request whose params or
 * body hold `{{bundle.…}}` or `{{process.…}}` with an error quoting the whole request, password included (issue 15.5).
 * The app has no request template, so the merge has nothing else to add. Text the user mapped travels as typed.
 */
const urlOf = (path: ApiPath, query: Query | undefined): string => {
  const encoded = queryString(cleanQuery(query));
  return `${apiBaseUrl()}${path}${encoded ? `?${encoded}` : ''}`;
};

/** JSON with every string well formed (see wellFormed). */
const jsonBody = (body: unknown): string => JSON.stringify(body, (_key, value: unknown) => (typeof value === 'string' ? wellFormed(value) : value));

const formBody = (body: unknown): string =>
  new URLSearchParams(Object.entries(body as Record<string, string>).map(([key, value]): [string, string] => [key, wellFormed(String(value))])).toString();

/** HighLevel's answers are a few levels deep; anything deeper is hostile and would overflow the stack downstream (JSON encoding of the result). */
const MAX_ANSWER_DEPTH = 64;

const deeperThan = (value: unknown, limit: number): boolean => {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth += 1) {
    if (depth > limit) return true;
    const next: unknown[] = [];
    for (const item of level) {
      if (item && typeof item === 'object') for (const child of Object.values(item)) if (child && typeof child === 'object') next.push(child);
    }
    level = next;
  }
  return false;
};

/** A read can simply be tried again; a write may have been made, and repeating it could make it twice. */
const invalidAnswer = (request: ApiRequest, status: number, what: string) =>
  new errors.Error(
    `HighLevel answered ${request.method} ${request.path} with ${what}. ${request.method === 'GET' ? 'Try again later.' : UNKNOWN_RESULT}`,
    'InvalidResponse',
    status,
  );

/** Sends one request through the app's middleware (auth, Version, error mapping) and returns the parsed JSON body. */
export const callApi = async <T = unknown>(z: ZObject, bundle: Bundle, request: ApiRequest): Promise<T> => {
  const hasBody = request.body !== undefined;
  const form = request.encoding === 'form';
  const response = await z.request({
    url: urlOf(request.path, request.query),
    method: request.method,
    // See urlOf; core's type declaration omits `merge`.
    ...({ merge: false } as object),
    headers: {
      ...(await authorizationFor(z, bundle, request.path)),
      ...(hasBody ? { 'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json' } : {}),
    },
    body: hasBody ? (form ? formBody(request.body) : jsonBody(request.body)) : undefined,
  });
  const content = response.content ?? '';
  if (content.trim() === '') {
    // Nothing to read is an answer only for a delete or a 204; elsewhere the record or list is missing.
    if (request.method === 'DELETE' || response.status === 204) return {} as T;
    throw invalidAnswer(request, response.status, `an empty response (HTTP ${response.status}) where data was expected`);
  }
  const data: unknown = response.data;
  if (data === undefined) {
    throw invalidAnswer(request, response.status, `something that is not JSON (${response.headers.get('content-type') ?? 'no content type'})`);
  }
  // HighLevel always answers an object or a list; `null`, a string, a number or a boolean is no record (issue 15.11).
  if (data === null || typeof data !== 'object') {
    if (request.method === 'DELETE') return {} as T;
    throw invalidAnswer(request, response.status, `${data === null ? 'null' : `a bare ${typeof data}`} where an object or a list was expected`);
  }
  if (deeperThan(data, MAX_ANSWER_DEPTH)) {
    throw invalidAnswer(request, response.status, `data nested deeper than ${MAX_ANSWER_DEPTH} levels, which no HighLevel record is`);
  }
  return data as T;
};
