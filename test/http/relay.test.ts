import { createHmac } from 'node:crypto';
import nock from 'nock';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { relaySettings, relaySignatureHeaders, subscribeToRelay, unsubscribeFromRelay } from '../../src/http/relay';
import { agencyAuthData, appErrorOf, appTester, authData, COMPANY_ID, failureOf, LOCATION_ID, thrownBy } from '../helpers';

/** The app's client of the webhook relay: its settings, the request signature, subscribe and unsubscribe. */

const RELAY = 'https://relay.example.com';
const SECRET = 'relay-unit-secret-7';
const TARGET = 'https://hooks.zapier.com/hooks/standard/1/2/';
const CREATED = { id: 'sub-0001', locationId: LOCATION_ID, event: 'ContactCreate', createdAt: '2026-12-01T00:00:00.000Z' };

const saved = { url: process.env.HIGHLEVEL_RELAY_URL, secret: process.env.RELAY_SECRET };
const setRelayEnv = (url: string | undefined, secret: string | undefined) => {
  if (url === undefined) delete process.env.HIGHLEVEL_RELAY_URL;
  else process.env.HIGHLEVEL_RELAY_URL = url;
  if (secret === undefined) delete process.env.RELAY_SECRET;
  else process.env.RELAY_SECRET = secret;
};
beforeEach(() => setRelayEnv(RELAY, SECRET));
afterEach(() => {
  setRelayEnv(saved.url, saved.secret);
  nock.cleanAll();
});


const NOT_CONFIGURED = {
  message:
    "Instant triggers need the HighLevel webhook relay: set HIGHLEVEL_RELAY_URL (the relay's address) and RELAY_SECRET (the secret the relay was started with) in this integration's environment, or use the polling version of this trigger.",
  code: 'RelayNotConfigured',
  status: 400,
};
const NOT_HTTPS = { message: 'HIGHLEVEL_RELAY_URL must be an https:// address.', code: 'RelayNotConfigured', status: 400 };

describe('relaySettings', () => {
  it('reads the relay URL, trimmed and without trailing slashes, and the secret', () => {
    setRelayEnv('  https://relay.example.com/hooks//  ', SECRET);
    expect(relaySettings()).toEqual({ url: 'https://relay.example.com/hooks', secret: SECRET });
    setRelayEnv('https://relay.example.com', ' spaced secret ');
    expect(relaySettings()).toEqual({ url: 'https://relay.example.com', secret: ' spaced secret ' });
  });

  it.each([
    ['neither is set', undefined, undefined],
    ['the URL is missing', undefined, SECRET],
    ['the URL is blank', '   ', SECRET],
    ['the URL is only slashes', '///', SECRET],
    ['the secret is missing', RELAY, undefined],
    ['the secret is empty', RELAY, ''],
  ])('says what to set up when %s', (_case, url, secret) => {
    setRelayEnv(url, secret);
    expect(appErrorOf(thrownBy(() => relaySettings()))).toEqual(NOT_CONFIGURED);
  });

  it.each(['http://127.0.0.1:8787', 'http://localhost', 'http://localhost:9', 'https://127.0.0.1:8787'])('accepts %s', (url) => {
    setRelayEnv(url, SECRET);
    expect(relaySettings()).toEqual({ url, secret: SECRET });
  });

  it.each([
    'http://relay.example.com',
    'http://relay.example.com/https://x',
    'ftp://https://relay.example.com',
    'http://localhost.evil.example.com',
    'http://localhost:80x',
    'http://127.0.0.1:8787/relay',
    'xhttp://localhost:8787',
    'relay.example.com',
  ])('refuses %s: the relay needs https (plain http only on loopback)', (url) => {
    setRelayEnv(url, SECRET);
    expect(appErrorOf(thrownBy(() => relaySettings()))).toEqual(NOT_HTTPS);
  });
});

describe('relaySignatureHeaders', () => {
  const hmac = (text: string) => createHmac('sha256', SECRET).update(text).digest('hex');

  it('signs timestamp (Unix seconds, rounded down), method, path and body with the secret', () => {
    const headers = relaySignatureHeaders(SECRET, 'POST', '/subscriptions', '{"a":1}', 1_700_000_000_999);
    expect(headers).toEqual({
      'x-relay-timestamp': '1700000000',
      'x-relay-signature': hmac('1700000000\nPOST\n/subscriptions\n{"a":1}'),
    });
    expect(headers['x-relay-signature']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('signs an empty body as an empty last line', () => {
    expect(relaySignatureHeaders(SECRET, 'DELETE', '/subscriptions/s1', '', 5_000)).toEqual({
      'x-relay-timestamp': '5',
      'x-relay-signature': hmac('5\nDELETE\n/subscriptions/s1\n'),
    });
  });

  it('uses the current time by default', () => {
    const before = Math.floor(Date.now() / 1000);
    const { 'x-relay-timestamp': timestamp } = relaySignatureHeaders(SECRET, 'POST', '/subscriptions', '');
    const after = Math.floor(Date.now() / 1000);
    expect(Number(timestamp)).toBeGreaterThanOrEqual(before);
    expect(Number(timestamp)).toBeLessThanOrEqual(after);
  });
});

type Seen = { method: string; path: string; headers: Record<string, string | string[] | undefined>; body: string };

/** Runs `work` inside the app (z.request through the app's middleware), as a hook's performSubscribe would. */
const runInApp = <T>(work: (z: ZObject, bundle: Bundle) => Promise<T>, bundle: Record<string, unknown>) => appTester(work as never, bundle as never) as Promise<T>;

/** A relay stub that records the request it answers, its raw body included. */
const relayAnswering = (method: 'post' | 'delete', path: string, status: number, answer?: unknown, headers?: Record<string, string>) => {
  const seen: Seen[] = [];
  const scope = nock(RELAY)
    [method](path)
    .reply(function (uri, body) {
      seen.push({ method: this.req.method, path: uri, headers: this.req.headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
      return [status, answer === undefined ? '' : typeof answer === 'string' ? answer : JSON.stringify(answer), headers ?? { 'Content-Type': 'application/json' }];
    });
  return { scope, seen };
};

const expectSignedNow = (seen: Seen, method: string, path: string, body: string) => {
  const timestamp = String(seen.headers['x-relay-timestamp']);
  expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
  expect(seen.headers['x-relay-signature']).toBe(createHmac('sha256', SECRET).update(`${timestamp}\n${method}\n${path}\n${body}`).digest('hex'));
};

describe('subscribeToRelay', () => {
  const subscribe = (bundle: Record<string, unknown>, event = 'ContactCreate' as const) =>
    runInApp((z, b) => subscribeToRelay(z, b, event), bundle);

  it("posts the connection's sub-account, agency, event and hook URL as signed JSON, and returns the relay's answer", async () => {
    const { scope, seen } = relayAnswering('post', '/subscriptions', 201, CREATED);
    await expect(subscribe({ authData, targetUrl: TARGET, inputData: {} })).resolves.toEqual(CREATED);
    scope.done();
    const body = JSON.stringify({ locationId: LOCATION_ID, companyId: COMPANY_ID, event: 'ContactCreate', targetUrl: TARGET });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/subscriptions', body });
    expect(seen[0]!.headers['content-type']).toBe('application/json');
    expect(seen[0]!.headers.authorization).toBeUndefined();
    expectSignedNow(seen[0]!, 'POST', '/subscriptions', body);
  });

  it('keeps the path of the relay URL in front of /subscriptions, but signs only /subscriptions', async () => {
    setRelayEnv(`${RELAY}/base/`, SECRET);
    const { scope, seen } = relayAnswering('post', '/base/subscriptions', 201, CREATED);
    await subscribe({ authData, targetUrl: TARGET, inputData: {} });
    scope.done();
    expectSignedNow(seen[0]!, 'POST', '/subscriptions', seen[0]!.body);
  });

  it.each([
    ['no company id', { locationId: LOCATION_ID, access_token: 't' }],
    ['an empty company id', { locationId: LOCATION_ID, companyId: '', access_token: 't' }],
    ['a company id that is not text', { locationId: LOCATION_ID, companyId: 42, access_token: 't' }],
  ])('leaves companyId out with %s', async (_case, auth) => {
    const { scope, seen } = relayAnswering('post', '/subscriptions', 201, CREATED);
    await subscribe({ authData: auth, targetUrl: TARGET, inputData: {} });
    scope.done();
    expect(JSON.parse(seen[0]!.body)).toEqual({ locationId: LOCATION_ID, event: 'ContactCreate', targetUrl: TARGET });
  });

  it("with an agency connection, subscribes the step's chosen sub-account, never one typed elsewhere", async () => {
    const { scope, seen } = relayAnswering('post', '/subscriptions', 201, CREATED);
    await subscribe({ authData: agencyAuthData, targetUrl: TARGET, inputData: { subAccount: 'loc_Chosen2', locationId: 'loc_Typed' } });
    scope.done();
    expect(JSON.parse(seen[0]!.body)).toEqual({ locationId: 'loc_Chosen2', companyId: COMPANY_ID, event: 'ContactCreate', targetUrl: TARGET });
  });

  it('sends an empty hook URL when Zapier gave none', async () => {
    const { scope, seen } = relayAnswering('post', '/subscriptions', 201, CREATED);
    await subscribe({ authData, inputData: {} });
    scope.done();
    expect(JSON.parse(seen[0]!.body)).toEqual({ locationId: LOCATION_ID, companyId: COMPANY_ID, event: 'ContactCreate', targetUrl: '' });
  });

  it('without any connection data, says the connection has no sub-account and sends nothing', async () => {
    const z = { request: jest.fn() } as unknown as ZObject;
    expect(appErrorOf(await failureOf(subscribeToRelay(z, { inputData: {} } as unknown as Bundle, 'ContactCreate')))).toEqual({
      message: 'This HighLevel connection is not tied to a sub-account. Reconnect HighLevel and choose a sub-account (location) on the consent page.',
      code: 'NoSubAccount',
      status: 400,
    });
    expect(z.request).not.toHaveBeenCalled();
  });

  it('sends nothing when the relay is not set up', async () => {
    setRelayEnv(undefined, undefined);
    expect(appErrorOf(await failureOf(subscribe({ authData, targetUrl: TARGET, inputData: {} })))).toEqual(NOT_CONFIGURED);
  });

  it('a 403 says the relay refused, with its reason and the secret-and-clock hint', async () => {
    const { scope } = relayAnswering('post', '/subscriptions', 403, { error: 'invalid or missing relay signature' });
    expect(appErrorOf(await failureOf(subscribe({ authData, targetUrl: TARGET, inputData: {} })))).toEqual({
      message:
        'The HighLevel webhook relay refused to subscribe this Zap (HTTP 403: invalid or missing relay signature). Check that RELAY_SECRET is the same in the app and the relay, and that both clocks are right.',
      code: 'RelayError',
      status: 403,
    });
    scope.done();
  });

  it.each([
    [400, { error: 'targetUrl must be a Zapier hook' }, 'The HighLevel webhook relay refused to subscribe this Zap (HTTP 400: targetUrl must be a Zapier hook).'],
    [200, { id: 'not-created' }, 'The HighLevel webhook relay refused to subscribe this Zap (HTTP 200).'],
    [500, {}, 'The HighLevel webhook relay refused to subscribe this Zap (HTTP 500).'],
    [502, '<html>Bad gateway</html>', 'The HighLevel webhook relay refused to subscribe this Zap (HTTP 502).'],
    [503, 'null', 'The HighLevel webhook relay refused to subscribe this Zap (HTTP 503).'],
    [500, '', 'The HighLevel webhook relay refused to subscribe this Zap (HTTP 500).'],
  ])('any answer but 201 (HTTP %s) is a failure without the hint, with the reason when the relay gave one', async (status, answer, message) => {
    const { scope } = relayAnswering('post', '/subscriptions', status, answer);
    expect(appErrorOf(await failureOf(subscribe({ authData, targetUrl: TARGET, inputData: {} })))).toEqual({ message, code: 'RelayError', status });
    scope.done();
  });
});

describe('unsubscribeFromRelay', () => {
  const ID = '6f1c7d7e-1d2a-4a0b-9c1e-2f1b3c4d5e6f';
  const unsubscribe = (subscribeData: unknown) => runInApp((z, b) => unsubscribeFromRelay(z, b), { authData, subscribeData, inputData: {} });

  it('deletes the subscription, signed over an empty body, and reports it removed', async () => {
    const { scope, seen } = relayAnswering('delete', `/subscriptions/${ID}`, 200, { removed: true });
    await expect(unsubscribe({ id: ID })).resolves.toEqual({ removed: true });
    scope.done();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'DELETE', path: `/subscriptions/${ID}`, body: '' });
    expect(seen[0]!.headers['content-type']).toBe('application/json');
    expect(seen[0]!.headers['content-length']).toBeUndefined();
    expectSignedNow(seen[0]!, 'DELETE', `/subscriptions/${ID}`, '');
  });

  it('a subscription the relay no longer knows (404) counts as not removed, without an error', async () => {
    const { scope } = relayAnswering('delete', '/subscriptions/gone-1', 404, { error: 'no such subscription' });
    await expect(unsubscribe({ id: 'gone-1' })).resolves.toEqual({ removed: false });
    scope.done();
  });

  it('accepts ids of 1 to 64 letters, digits and dashes', async () => {
    const long = 'a'.repeat(64);
    const { scope: one } = relayAnswering('delete', '/subscriptions/Z', 200, { removed: true });
    const { scope: max } = relayAnswering('delete', `/subscriptions/${long}`, 200, { removed: true });
    await expect(unsubscribe({ id: 'Z' })).resolves.toEqual({ removed: true });
    await expect(unsubscribe({ id: long })).resolves.toEqual({ removed: true });
    one.done();
    max.done();
  });

  it.each([
    ['no subscribe data', undefined],
    ['no id', {}],
    ['an empty id', { id: '' }],
    ['an id that is not text', { id: { $ne: 1 } }],
    ['an id that walks up', { id: '../admin' }],
    ['an id with a slash at the end', { id: 'abc/..' }],
    ['an id with a query', { id: 'abc?all=1' }],
    ['an id of 65 characters', { id: 'a'.repeat(65) }],
  ])('sends nothing for %s and reports nothing removed', async (_case, subscribeData) => {
    await expect(unsubscribe(subscribeData)).resolves.toEqual({ removed: false });
  });

  it.each([
    [403, { error: 'stale request' }, 'The HighLevel webhook relay refused to unsubscribe this Zap (HTTP 403: stale request). Check that RELAY_SECRET is the same in the app and the relay, and that both clocks are right.'],
    [500, { error: 'store unavailable' }, 'The HighLevel webhook relay refused to unsubscribe this Zap (HTTP 500: store unavailable).'],
    [204, '', 'The HighLevel webhook relay refused to unsubscribe this Zap (HTTP 204).'],
  ])('any other answer (HTTP %s) is a failure naming the status', async (status, answer, message) => {
    const { scope } = relayAnswering('delete', `/subscriptions/${ID}`, status, answer);
    expect(appErrorOf(await failureOf(unsubscribe({ id: ID })))).toEqual({ message, code: 'RelayError', status });
    scope.done();
  });
});
