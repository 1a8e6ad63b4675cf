import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import addFormats from 'ajv-formats';
import OpenAPIBackend, { type Document, type Operation } from 'openapi-backend';
import { handlerFor, type Caller } from './handlers';
import { parseMultipart } from './handlers/commerce';
import { OAuthServer } from './oauth';
import { inferResource, type Resource } from './resources';
import { HighLevelError, shapeAnswer, successOf, type Outcome } from './responses';
import { seededStore } from './seed';
import type { Json } from './store';

/**
 * A local HighLevel (API v2) on 127.0.0.1: every route the app uses, requests validated against the official spec by
 * openapi-backend (sandbox/spec/highlevel.json, made by `npm run spec`), answers from an in-memory store seeded with the
 * demo sub-account, HighLevel's own failure answers (401 Invalid JWT, 422 message arrays, 404, 429 with rate-limit headers).
 */

export interface SandboxOptions {
  port?: number;
  tokenLifetimeSeconds?: number;
  rateLimit?: { requests: number; windowMs: number } | false;
}

export interface Sandbox {
  url: string;
  requestLog: Array<{ method: string; path: string; status: number }>;
  close(): Promise<void>;
  /** The sandbox's OAuth side: issue a token directly, shorten token lifetimes. */
  oauth: OAuthServer;
  /** Back to the freshly seeded demo sub-account (issued tokens stay valid). */
  reset(): void;
}

const HOST = '127.0.0.1';
const DAY_SECONDS = 24 * 3600;
const DAILY_LIMIT = 200_000;
/** HighLevel's burst limit: 100 requests per 10 s per app and resource. */
export const DEFAULT_RATE_LIMIT = { requests: 100, windowMs: 10_000 };

// Run from dist/sandbox or (tests) from sandbox/: the spec is read from the project's sandbox/spec either way.
export const SPEC_PATH = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../sandbox/spec/highlevel.json' : 'spec/highlevel.json');

/**
 * HighLevel documents (and the app calls) some routes with a trailing slash (`/contacts/`) and accepts both forms;
 * openapi-backend drops the request's trailing slash before matching, so the spec's routes drop it too.
 */
const loadSpec = (): Document => {
  const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Document & { paths: Record<string, unknown> };
  spec.paths = Object.fromEntries(Object.entries(spec.paths).map(([route, item]) => [route.length > 1 ? route.replace(/\/+$/, '') : route, item]));
  return spec;
};

/** Token class each spec security scheme admits. */
const SCHEME_CLASSES: Record<string, Array<Caller['userType']>> = {
  bearer: ['Location'],
  'Location-Access': ['Location'],
  'Location-Access-Only': ['Location'],
  'Agency-Access': ['Company'],
  'Agency-Access-Only': ['Company'],
};

const acceptedClasses = (operation: Operation): Set<Caller['userType']> => {
  const requirements = (operation.security ?? []) as Array<Record<string, unknown>>;
  const classes = requirements.flatMap((requirement) => Object.keys(requirement).flatMap((scheme) => SCHEME_CLASSES[scheme] ?? []));
  return new Set(classes.length ? classes : ['Location']);
};

/** Readable validation messages: "firstName must be string", "query.limit must be number". */
const validationMessages = (errors: Array<{ instancePath: string; message?: string; params?: Record<string, unknown> }>): { body: boolean; messages: string[] } => {
  let body = false;
  const messages = errors.map((error) => {
    const [part = '', ...rest] = error.instancePath.split('/').filter(Boolean);
    if (error.params?.missingProperty === 'requestBody') {
      body = true;
      return 'body is required';
    }
    if (part === 'requestBody') body = true;
    const where = part === 'requestBody' ? rest.join('.') : [part === 'path' ? 'param' : part, ...rest].filter(Boolean).join('.');
    const extra = error.params?.additionalProperty ? ` (${String(error.params.additionalProperty)})` : error.params?.allowedValues ? ` (${(error.params.allowedValues as unknown[]).join(', ')})` : '';
    return `${where || 'body'} ${error.message ?? 'is invalid'}${extra}`.trim();
  });
  return { body, messages: [...new Set(messages)] };
};

/** The most a request body may carry (HighLevel's own uploads stop well below): more is answered 413 unread (issue 15.13). */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

const tooLarge = () => new HighLevelError(413, `Request body larger than ${MAX_BODY_BYTES} bytes`, { Connection: 'close' });

const readBody = (request: http.IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return reject(tooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners('data');
        request.pause();
        reject(tooLarge());
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

/**
 * Only loopback names may address the sandbox: a web page on another origin whose name resolves to 127.0.0.1
 * (DNS rebinding) sends its own host name, and is refused (issue 15.13).
 */
const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?$/i;
export const isLoopbackHost = (host: string | undefined): boolean => LOOPBACK_HOST.test(host ?? '');

const parseBody = (text: string, contentType: string | undefined): unknown => {
  if (!text) return undefined;
  if (/x-www-form-urlencoded/i.test(contentType ?? '')) return Object.fromEntries(new URLSearchParams(text));
  if (/multipart\/form-data/i.test(contentType ?? '')) return parseMultipart(text, contentType!);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HighLevelError(400, 'Unexpected token in JSON body');
  }
};

class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly daily = new Map<string, number>();
  constructor(private readonly limit: { requests: number; windowMs: number } | false) {}

  /** Counts one request for the token; the headers HighLevel sends, and whether it is over the limit. */
  take(token: string): { headers: Record<string, string>; exceeded: boolean } {
    const limit = this.limit || { requests: Number.MAX_SAFE_INTEGER, windowMs: DEFAULT_RATE_LIMIT.windowMs };
    const now = Date.now();
    const recent = (this.hits.get(token) ?? []).filter((time) => time > now - limit.windowMs);
    const exceeded = recent.length >= limit.requests;
    if (!exceeded) recent.push(now);
    this.hits.set(token, recent);
    const used = (this.daily.get(token) ?? 0) + 1;
    this.daily.set(token, used);
    const headers = {
      'X-RateLimit-Limit-Daily': String(DAILY_LIMIT),
      'X-RateLimit-Daily-Remaining': String(Math.max(0, DAILY_LIMIT - used)),
      'X-RateLimit-Interval-Milliseconds': String(limit.windowMs),
      'X-RateLimit-Max': String(this.limit ? limit.requests : DEFAULT_RATE_LIMIT.requests),
      'X-RateLimit-Remaining': String(this.limit ? Math.max(0, limit.requests - recent.length) : DEFAULT_RATE_LIMIT.requests),
    };
    return { headers, exceeded };
  }
}

let backend: Promise<OpenAPIBackend> | undefined;

/**
 * The spec, checked and routed once per process; every sandbox of the process shares it, as it holds no request
 * state. `quick` compiles each operation's validators on its first request instead of all 150 up front (11 s → 0.5 s
 * for a process that starts a sandbox); the document itself is still validated strictly, once it is parsed.
 */
const specBackend = (): Promise<OpenAPIBackend> => {
  backend ??= (async () => {
    const api = new OpenAPIBackend({
      definition: loadSpec(),
      strict: true,
      quick: true,
      coerceTypes: true, // HighLevel reads query strings as the declared numbers and booleans
      customizeAjv: (ajv) => {
        addFormats(ajv);
        return ajv;
      },
    });
    await api.init();
    // quick mode starts parsing without waiting for it and skips validation: wait, then validate (throws if invalid).
    await api.loadDocument();
    api.validateDefinition();
    return api;
  })();
  return backend;
};

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
  contentType?: string;
}

export const startSandbox = async (options: SandboxOptions = {}): Promise<Sandbox> => {
  const api = await specBackend();
  const schemas = ((api.definition.components?.schemas ?? {}) as Record<string, Json>);
  const resources = new Map<string, Resource>(api.getOperations().map((operation) => [operation.operationId!, inferResource(operation.path)]));
  let store = seededStore();
  const oauth = new OAuthServer(() => store, options.tokenLifetimeSeconds ?? DAY_SECONDS);
  const limiter = new RateLimiter(options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit);
  const requestLog: Sandbox['requestLog'] = [];

  const answerApi = async (request: http.IncomingMessage, url: URL): Promise<Answer> => {
    const method = (request.method ?? 'GET').toLowerCase();
    const text = await readBody(request);
    const body = parseBody(text, request.headers['content-type']);
    const query = Object.fromEntries([...new Set(url.searchParams.keys())].map((key) => {
      const values = url.searchParams.getAll(key);
      return [key, values.length > 1 ? values : values[0]!];
    }));
    const apiRequest = { method, path: url.pathname, query, headers: request.headers as Record<string, string | string[]>, body };
    const operation = api.matchOperation(apiRequest);
    if (!operation) throw new HighLevelError(404, `Cannot ${method.toUpperCase()} ${url.pathname}`);
    const operationId = operation.operationId!;

    if (operationId === 'get-access-token') {
      validateOrRefuse(api, apiRequest, operation);
      return { status: 200, body: oauth.token(body as Json) };
    }
    const caller = oauth.callerOf(request.headers.authorization);
    const token = String(request.headers.authorization);
    const rate = limiter.take(token);
    if (rate.exceeded) throw new HighLevelError(429, 'Too Many Requests - Rate limit exceeded', rate.headers);
    if (!acceptedClasses(operation).has(caller.userType)) {
      throw new HighLevelError(401, 'This authClass type is not allowed to access this scope. Please reach out to the Platform team to get it added.', rate.headers);
    }
    const parsed = validateOrRefuse(api, apiRequest, operation, rate.headers);
    const coercedQuery = (parsed.query ?? query) as Record<string, unknown>;

    if (operationId === 'get-installed-location') return { status: 200, headers: rate.headers, body: oauth.installedLocations(caller, coercedQuery) };
    if (operationId === 'get-location-access-token') return { status: 200, headers: rate.headers, body: oauth.locationToken(caller, body as Json) };

    const resource = resources.get(operationId)!;
    const outcome: Outcome = handlerFor(operationId)({
      operationId,
      method: method.toUpperCase(),
      resource,
      params: parsed.params as Record<string, string>,
      query: coercedQuery,
      body,
      caller,
      store,
    });
    const success = successOf(schemas, operation as unknown as Json);
    if (outcome.raw) return { status: 200, headers: rate.headers, body: outcome.raw.body, contentType: outcome.raw.contentType };
    const noun = resource.collection.replace(/ies$/, 'y').replace(/s$/, '');
    const answer = outcome.body ?? shapeAnswer(schemas, success.schema, outcome, noun);
    return { status: outcome.status ?? success.status, headers: rate.headers, body: answer };
  };

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${HOST}`);
    const send = ({ status, headers = {}, body, contentType }: Answer) => {
      const payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
      response.writeHead(status, { 'Content-Type': contentType ?? 'application/json; charset=utf-8', ...headers });
      // A body past the cap is not read, not even to discard it: the connection ends with the answer.
      response.end(payload, status === 413 ? () => request.socket.destroy() : undefined);
      requestLog.push({ method: request.method ?? 'GET', path: url.pathname, status });
    };
    const consent = /^(\/v2)?\/oauth\/chooselocation$/.test(url.pathname);
    const answer = !isLoopbackHost(request.headers.host)
      ? Promise.reject(new HighLevelError(421, 'Misdirected request: this sandbox answers only to 127.0.0.1, localhost or [::1]', { Connection: 'close' }))
      : consent
        ? Promise.resolve().then(() => consentAnswer(oauth, url))
        : answerApi(request, url);
    answer.then(send, (error: unknown) => {
      if (error instanceof HighLevelError) send({ status: error.status, headers: error.headers, body: error.body });
      else send({ status: 500, body: { statusCode: 500, message: error instanceof Error ? error.message : 'Internal Server Error' } });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${HOST}:${port}`,
    requestLog,
    oauth,
    reset: () => {
      store = seededStore();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
};

/** The consent page redirects at once: in the sandbox, the user always approves. */
const consentAnswer = (oauth: OAuthServer, url: URL): Answer => {
  const location = oauth.authorize(url.searchParams);
  return { status: 302, headers: { Location: location }, body: '', contentType: 'text/plain' };
};

/** openapi-backend's verdict on the request: 422 with the messages for a bad body, 400 for bad parameters. */
const validateOrRefuse = (
  api: OpenAPIBackend,
  request: { method: string; path: string; query: Record<string, unknown>; headers: Record<string, string | string[]>; body: unknown },
  operation: Operation,
  headers: Record<string, string> = {},
): { params: Record<string, unknown>; query: Record<string, unknown> } => {
  const result = api.validateRequest(request as never, operation);
  if (!result.valid) {
    const { body, messages } = validationMessages(result.errors ?? []);
    throw new HighLevelError(body ? 422 : 400, body ? messages : messages.join('; '), headers);
  }
  const parsed = api.router.parseRequest(request as never, operation);
  const coerced = result.coerced as { params?: Record<string, unknown>; query?: Record<string, unknown> };
  return { params: (coerced.params ?? parsed.params) as Record<string, unknown>, query: (coerced.query ?? parsed.query) as Record<string, unknown> };
};

