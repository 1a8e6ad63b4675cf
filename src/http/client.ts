import type { Bundle, ZObject } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';
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

const cleanQuery = (query: Query | undefined): Record<string, string | string[]> => {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params[key] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return params;
};

/** Sends one request through the app's middleware (auth, Version, error mapping) and returns the parsed JSON body. */
export const callApi = async <T = unknown>(z: ZObject, bundle: Bundle, request: ApiRequest): Promise<T> => {
  const hasBody = request.body !== undefined;
  const form = request.encoding === 'form';
  const response = await z.request({
    url: `${apiBaseUrl()}${request.path}`,
    method: request.method,
    params: cleanQuery(request.query),
    headers: {
      ...(await authorizationFor(z, bundle, request.path)),
      ...(hasBody ? { 'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json' } : {}),
    },
    body: hasBody ? (form ? new URLSearchParams(request.body as Record<string, string>).toString() : JSON.stringify(request.body)) : undefined,
  });
  const content = response.content ?? '';
  if (content.trim() === '') {
    // Nothing to read is an answer only for a delete or a 204; elsewhere the record or list is missing.
    if (request.method === 'DELETE' || response.status === 204) return {} as T;
    throw new errors.Error(
      `HighLevel answered ${request.method} ${request.path} with an empty response (HTTP ${response.status}) where data was expected. Try again later.`,
      'InvalidResponse',
      response.status,
    );
  }
  if (response.data === undefined) {
    throw new errors.Error(
      `HighLevel answered ${request.method} ${request.path} with something that is not JSON (${response.headers.get('content-type') ?? 'no content type'}). Try again later.`,
      'InvalidResponse',
      response.status,
    );
  }
  return response.data as T;
};
