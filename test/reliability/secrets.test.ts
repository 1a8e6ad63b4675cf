import fs from 'node:fs';
import path from 'node:path';
import App from '../../index';
import { errorForResponse, HIDDEN } from '../../src/http/errors';
import type { Answer, OperationCase, Outcome, SeenRequest } from './support';
import { answerEveryRequest, authDataFor, everyOperation, Figures, runAppFunction, runCase } from './support';

/**
 * Issue 8 (part A): no secret leaks. A hostile (or buggy) HighLevel echoes the request's Authorization header and the
 * token into its failure messages. Every operation runs with core's logging to stdout on (LOG_TO_STDOUT and
 * DETAILED_LOG_TO_STDOUT: core prints each request and error, headers included), and everything the app throws,
 * returns or prints is searched for the access token, the refresh token and the client secret.
 */

const figures = new Figures('Secrets: operations run without a leak');
afterAll(() => figures.print());

/** HighLevel's tokens are JWTs; these are shaped like them and unique to this file. */
const jwt = (subject: string) =>
  [{ alg: 'HS256', typ: 'JWT' }, { sub: subject, authClass: 'Location' }, `signature-of-${subject}`]
    .map((part) => Buffer.from(typeof part === 'string' ? part : JSON.stringify(part)).toString('base64url'))
    .join('.');
const ACCESS_JWT = jwt('access-7f3e9a1c');
const REFRESH_JWT = jwt('refresh-5b2d8e4f');
const CLIENT_SECRET = () => process.env.CLIENT_SECRET ?? '';
const secrets = () => [ACCESS_JWT, REFRESH_JWT, CLIENT_SECRET()];

const authDataOf = (entry: OperationCase) => ({ ...authDataFor(entry), access_token: ACCESS_JWT, refresh_token: REFRESH_JWT });

const authorizationOf = (request: SeenRequest) => String(request.headers.authorization ?? '');
const tokenOf = (request: SeenRequest) => authorizationOf(request).replace(/^Bearer\s+/i, '');

/** Failure answers that repeat what the request carried (and, for good measure, the other secrets). */
const ECHOES: Array<[string, (request: SeenRequest) => Answer]> = [
  ['400 echoing the Authorization header', (request) => ({ status: 400, body: { statusCode: 400, message: `Invalid token: ${authorizationOf(request)}`, request: { headers: request.headers } } })],
  [
    '403 echoing the bare token',
    (request) => ({ status: 403, body: { statusCode: 403, message: [`authorization: ${authorizationOf(request)}`, `The token ${tokenOf(request)} does not have access to this location.`] } }),
  ],
  ['404 echoing the token', (request) => ({ status: 404, body: { statusCode: 404, message: `Contact not found for ${tokenOf(request)}` } })],
  ['422 echoing credentials as pairs', (request) => ({ status: 422, body: { statusCode: 422, message: [`access_token=${tokenOf(request)}`, `client_secret=${CLIENT_SECRET()}`, `refresh_token: ${REFRESH_JWT}`] } })],
  ['500 plain text echo', (request) => ({ status: 500, body: `upstream failed; Authorization: ${authorizationOf(request)}; secret ${CLIENT_SECRET()}`, headers: { 'Content-Type': 'text/plain' } })],
  ['502 HTML echo', (request) => ({ status: 502, body: `<html><body>Bad gateway for ${authorizationOf(request)}</body></html>`, headers: { 'Content-Type': 'text/html' } })],
  ['429 echo', (request) => ({ status: 429, body: { message: `Too many requests for ${tokenOf(request)}` }, headers: { 'Retry-After': '5' } })],
  ['401 echo', (request) => ({ status: 401, body: { statusCode: 401, message: `Invalid JWT ${tokenOf(request)}` } })],
];

// ---------------------------------------------------------------------------------------------------------------
// Capturing what the app prints

const CAPTURED_CONSOLE = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** Runs `work` with core's stdout logging on and every console method and std stream captured (and kept quiet). */
const capturing = async <T>(work: () => Promise<T>): Promise<{ value: T; printed: string }> => {
  const printed: string[] = [];
  const keep = (...args: unknown[]) => {
    printed.push(args.map((arg) => (typeof arg === 'string' ? arg : arg instanceof Error ? `${arg.message}\n${arg.stack}` : JSON.stringify(arg))).join(' '));
  };
  const spies = [
    ...CAPTURED_CONSOLE.map((method) => jest.spyOn(console, method).mockImplementation(keep)),
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => (keep(String(chunk)), true)),
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (keep(String(chunk)), true)),
  ];
  process.env.LOG_TO_STDOUT = 'true';
  process.env.DETAILED_LOG_TO_STDOUT = 'true';
  try {
    return { value: await work(), printed: printed.join('\n') };
  } finally {
    delete process.env.LOG_TO_STDOUT;
    delete process.env.DETAILED_LOG_TO_STDOUT;
    spies.forEach((spy) => spy.mockRestore());
  }
};

const everythingOf = (outcome: Outcome, printed: string) =>
  [printed, outcome.error?.message ?? '', outcome.error?.stack ?? '', JSON.stringify(outcome.result) ?? ''].join('\n');

const expectNoSecret = (text: string) => {
  for (const secret of secrets()) expect(text).not.toContain(secret);
};

describe.each(ECHOES)('HighLevel answers %s', (name, echo) => {
  it.each(everyOperation)('%s leaks no secret', async (_key, entry) => {
    await figures.check(name, async () => {
      const seen = answerEveryRequest(echo);
      const { value: outcome, printed } = await capturing(() => runCase(entry, { authData: authDataOf(entry) }));
      expect(seen.length).toBeGreaterThan(0);
      // The hostile answer did carry the token, and core did print the exchange: the echoed token censored, or
      // (file downloads, `raw: true`) the body not printed at all.
      expect(JSON.stringify(echo(seen[0]!))).toContain(ACCESS_JWT);
      expect(printed).toMatch(/\b(GET|POST|PUT|DELETE|PATCH) https:\/\/services\.leadconnectorhq\.com\//);
      expect(printed).toMatch(/:censored:|<probably streaming data>/);
      expectNoSecret(everythingOf(outcome, printed));
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Authentication: the token endpoint sees the refresh token and the client secret

const oauth = App.authentication!.oauth2Config!;
/** The token endpoint echoes the form it received (client secret and refresh token included). */
const TOKEN_ECHOES: Array<[string, (request: SeenRequest) => Answer]> = [
  ['400 echoing the form', (request) => ({ status: 400, body: { statusCode: 400, message: `Location is not active: ${request.body}` } })],
  ['400 invalid_grant echoing the form', (request) => ({ status: 400, body: { error: 'invalid_grant', error_description: request.body } })],
  ['500 plain text echoing the form', (request) => ({ status: 500, body: `failed ${request.body}`, headers: { 'Content-Type': 'text/plain' } })],
];

describe.each(TOKEN_ECHOES)('the token endpoint answers %s', (name, echo) => {
  const authData = { ...authDataFor(everyOperation[0]![1]), access_token: ACCESS_JWT, refresh_token: REFRESH_JWT };
  it.each([
    ['refreshAccessToken', oauth.refreshAccessToken, { authData, inputData: {} }],
    ['getAccessToken', oauth.getAccessToken, { authData: {}, inputData: { code: 'the-code', redirect_uri: 'https://zapier.example/return' } }],
  ] as const)('%s leaks no secret', async (_method, method, bundle) => {
    await figures.check(`auth: ${name}`, async () => {
      const seen = answerEveryRequest(echo);
      const { value: outcome, printed } = await capturing(() => runAppFunction(method, bundle).then((result) => ({ result }) as Outcome, (error: Error) => ({ error })));
      expect(seen).toHaveLength(1);
      expect(seen[0]!.body).toContain(CLIENT_SECRET()); // the echo does carry the secret
      expect(outcome.error).toBeDefined();
      expectNoSecret(everythingOf(outcome, printed));
    });
  });

  it('the connection test leaks no secret', async () => {
    await figures.check(`auth: ${name}`, async () => {
      const seen = answerEveryRequest((request) => ({ status: 400, body: { statusCode: 400, message: `Bad token ${authorizationOf(request)}` } }));
      const { value: outcome, printed } = await capturing(() =>
        runAppFunction(App.authentication!.test, { authData, inputData: {} }).then((result) => ({ result }) as Outcome, (error: Error) => ({ error })),
      );
      expect(seen).toHaveLength(1);
      expect(outcome.error).toBeDefined();
      expectNoSecret(everythingOf(outcome, printed));
    });
  });
});

describe('errorForResponse scrubs what HighLevel echoes', () => {
  const failure = (message: string, secretsGiven?: string[]) =>
    errorForResponse({ status: 400, content: JSON.stringify({ statusCode: 400, message }), contentType: 'application/json', header: () => undefined, secrets: secretsGiven }).message;

  it.each([
    ['a bearer value', 'Invalid token: Bearer opaque-token-123456'],
    ['a JWT', `The token ${ACCESS_JWT} does not have access to this location.`],
    ['credential pairs', 'access_token=opaque-1234567 refresh_token: "opaque-7654321" client_secret=opaque-secret-99'],
  ])('hides %s and keeps the words', (_shape, message) => {
    const text = failure(message);
    expect(text).toContain(HIDDEN);
    expect(text).not.toMatch(/opaque-|eyJ/);
    expect(text).toMatch(/token|access/);
  });

  it("hides the connection's own tokens wherever they appear when given, and the client secret always", () => {
    const text = failure(`Contact opaque-token-123456 not found (${CLIENT_SECRET()})`, ['opaque-token-123456']);
    expect(text).toContain('Contact [hidden] not found ([hidden])');
  });

  it('keeps ordinary HighLevel messages as they are', () => {
    expect(failure('The token does not have access to this location.')).toContain('The token does not have access to this location.');
    expect(failure('Contact DemoContact000000001 not found')).toContain('Contact DemoContact000000001 not found');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Samples and snapshots

/** Credentials by shape: a JWT, a bearer value, or a credential-named key with a value. */
const CREDENTIAL_SHAPE = /eyJ[\w-]{4,}\.[\w-]{4,}\.|\bBearer\s+\S|"(access_token|refresh_token|client_secret|password|api_?key)":"[^"]+"/i;

describe('samples and snapshots', () => {
  it.each(everyOperation)('%s: its sample holds no credential', (_key, entry) => {
    const definition = (App as unknown as Record<string, Record<string, { operation: { sample?: unknown } }>>)[entry.kind]![entry.key]!;
    const sample = JSON.stringify(definition.operation.sample ?? {});
    expect(sample).not.toMatch(CREDENTIAL_SHAPE);
    expectNoSecret(sample);
  });

  it('no jest snapshot holds a credential', () => {
    const snapshots: string[] = [];
    const walk = (folder: string) => {
      for (const item of fs.readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, item.name);
        if (item.isDirectory()) walk(full);
        else if (item.name.endsWith('.snap')) snapshots.push(full);
      }
    };
    walk(path.join(__dirname, '..'));
    for (const file of snapshots) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text).not.toMatch(CREDENTIAL_SHAPE);
      expectNoSecret(text);
    }
  });

  it('the shape check recognises credentials (so the sample checks can fail)', () => {
    expect(JSON.stringify({ token: ACCESS_JWT })).toMatch(CREDENTIAL_SHAPE);
    expect(JSON.stringify({ refresh_token: 'x1' })).toMatch(CREDENTIAL_SHAPE);
    expect('Authorization: Bearer abc').toMatch(CREDENTIAL_SHAPE);
  });
});
