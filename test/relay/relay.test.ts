import { createHmac } from 'node:crypto';
import { sqliteDriver } from '../../relay/node/sqlite';
import type { RelayEvent } from '../../relay/src/contract';
import type { LogEntry, RelayConfig, WaitUntil } from '../../relay/src/relay';
import { createRelay } from '../../relay/src/relay';
import { sqlStore } from '../../relay/src/store';
import { contactCreate, LOCATION, OTHER_LOCATION, PUBLIC_KEY_PEM, relayHeaders, SECRET, whSignature } from './support';

/**
 * The relay's handler on the Node store, requests made directly (no server). Without an engine context the
 * fan-out finishes before the answer, so each test sees every delivery its webhook caused.
 */

const HOOK = 'https://hooks.zapier.com/hooks/standard/1/abc/';
const OTHER_HOOK = 'https://hooks.zapier.com/hooks/standard/1/def/';

interface Sent {
  url: string;
  method: string | undefined;
  contentType: string | null;
  body: string;
}

/** A delivery as the relay must make it: a JSON POST of the webhook's body, byte for byte. */
const posted = (url: string, event: Record<string, unknown>): Sent => ({ url, method: 'POST', contentType: 'application/json', body: JSON.stringify(event) });

/** What the fake hook answers, in order (then 200): a status, a Response as given, a time-out or a network error. */
type Answer = number | Response | 'timeout' | 'network';

const setup = (config: Partial<RelayConfig> = {}, answers: Answer[] = []) => {
  const driver = sqliteDriver(':memory:');
  const store = sqlStore(driver);
  const sent: Sent[] = [];
  const logs: LogEntry[] = [];
  const waits: number[] = [];
  const send = (async (url: string, init: RequestInit) => {
    sent.push({ url, method: init.method, contentType: new Headers(init.headers).get('content-type'), body: String(init.body) });
    const answer = answers.shift() ?? 200;
    if (answer === 'timeout') throw Object.assign(new Error('timed out'), { name: 'TimeoutError' });
    if (answer === 'network') throw new Error('connect ECONNREFUSED');
    return answer instanceof Response ? answer : new Response('{}', { status: answer });
  }) as unknown as typeof fetch;
  // The backoff is recorded, not waited: the tests assert the exact waits and never take them.
  const sleep = async (ms: number) => {
    waits.push(ms);
  };
  const relay = createRelay(store, { secret: SECRET, publicKeyPem: PUBLIC_KEY_PEM, fetch: send, sleep, log: (entry) => logs.push(entry), ...config });
  const call = (method: string, path: string, body = '', headers: Record<string, string> = {}) =>
    relay.fetch(new Request(`http://relay${path}`, { method, headers, body: method === 'GET' ? undefined : body }));
  const subscribe = async (input: Record<string, unknown>) => {
    const body = JSON.stringify(input);
    const answer = await call('POST', '/subscriptions', body, relayHeaders('POST', '/subscriptions', body));
    return { status: answer.status, body: (await answer.json()) as Record<string, unknown> };
  };
  /** A raw webhook body, signed with HighLevel's (test) key unless a signature is given. */
  const postRaw = (body: string, signature = whSignature(body), context?: WaitUntil) =>
    relay.fetch(new Request('http://relay/highlevel/webhook', { method: 'POST', headers: { 'content-type': 'application/json', 'x-wh-signature': signature }, body }), context);
  const post = (payload: Record<string, unknown>, signature?: string, context?: WaitUntil) => postRaw(JSON.stringify(payload), signature, context);
  return { store, sent, logs, waits, call, subscribe, post, postRaw, close: () => driver.close() };
};

/** An answer's status and JSON body together, so a test states both. */
const answered = async (answer: Response) => ({ status: answer.status, body: (await answer.json()) as unknown });

type Setup = ReturnType<typeof setup>;
let relay: Setup | undefined;
afterEach(() => {
  relay?.close();
  relay = undefined;
});

describe('createRelay', () => {
  it('refuses to start without RELAY_SECRET', () => {
    const driver = sqliteDriver(':memory:');
    try {
      expect(() => createRelay(sqlStore(driver), { secret: '' })).toThrow(new Error('RELAY_SECRET is not set: the relay cannot check who subscribes.'));
    } finally {
      driver.close();
    }
  });

  it('logs one JSON line per entry to the console when no log is given', async () => {
    const printed = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      relay = setup({ log: undefined });
      await relay.post(contactCreate(), 'bad');
      expect(printed.mock.calls).toEqual([[JSON.stringify({ level: 'warn', message: 'webhook refused: bad signature' })]]);
    } finally {
      printed.mockRestore();
    }
  });
});

describe('POST /highlevel/webhook', () => {
  it('delivers a signed event, byte for byte, once to each subscription of its sub-account and type', async () => {
    relay = setup();
    expect((await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK })).status).toBe(201);
    expect((await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: OTHER_HOOK })).status).toBe(201);
    // The same hook twice, another event type and another sub-account: none adds a delivery.
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    await relay.subscribe({ locationId: LOCATION, event: 'ContactUpdate', targetUrl: 'https://hooks.zapier.com/hooks/standard/1/upd/' });
    await relay.subscribe({ locationId: OTHER_LOCATION, event: 'ContactCreate', targetUrl: 'https://hooks.zapier.com/hooks/standard/1/oth/' });
    const event = contactCreate();
    expect(await answered(await relay.post(event))).toEqual({ status: 200, body: { received: true } });
    expect(relay.sent).toEqual([posted(HOOK, event), posted(OTHER_HOOK, event)]);
    expect(relay.waits).toEqual([]);
    expect(relay.logs).toEqual([]);
  });

  it('refuses a wrong or missing signature, logs the wrong one, and delivers nothing', async () => {
    relay = setup();
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const event = contactCreate();
    const wrongKey = await relay.post(event, whSignature(JSON.stringify(event), true));
    expect(await answered(wrongKey)).toEqual({ status: 401, body: { error: 'invalid x-wh-signature' } });
    // Signed, then altered: the signature covers the raw body.
    const altered = await relay.call('POST', '/highlevel/webhook', JSON.stringify({ ...event, locationId: OTHER_LOCATION }), { 'x-wh-signature': whSignature(JSON.stringify(event)) });
    expect(await answered(altered)).toEqual({ status: 401, body: { error: 'invalid x-wh-signature' } });
    const missing = await relay.call('POST', '/highlevel/webhook', JSON.stringify(event));
    expect(await answered(missing)).toEqual({ status: 401, body: { error: 'missing x-wh-signature' } });
    expect(relay.sent).toEqual([]);
    expect(relay.logs).toEqual([
      { level: 'warn', message: 'webhook refused: bad signature' },
      { level: 'warn', message: 'webhook refused: bad signature' },
    ]);
  });

  it("checks signatures against HighLevel's published key unless HIGHLEVEL_WEBHOOK_PUBLIC_KEY is given", async () => {
    relay = setup({ publicKeyPem: undefined });
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    expect((await relay.post(contactCreate())).status).toBe(401);
    expect(relay.sent).toEqual([]);
  });

  it('refuses events whose timestamp is more than 5 minutes away, and events without webhookId or timestamp', async () => {
    relay = setup();
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const old = contactCreate({ timestamp: new Date(Date.now() - 5 * 60_000 - 1000).toISOString() });
    expect(await answered(await relay.post(old))).toEqual({ status: 400, body: { error: 'timestamp is more than 5 minutes away' } });
    const ahead = contactCreate({ timestamp: new Date(Date.now() + 6 * 60_000).toISOString() });
    expect(await answered(await relay.post(ahead))).toEqual({ status: 400, body: { error: 'timestamp is more than 5 minutes away' } });
    const required = { status: 400, body: { error: 'webhookId and timestamp are required' } };
    expect(await answered(await relay.post(contactCreate({ webhookId: undefined })))).toEqual(required);
    expect(await answered(await relay.post(contactCreate({ timestamp: 'yesterday' })))).toEqual(required);
    expect(relay.sent).toEqual([]);
    expect(relay.logs).toEqual([
      { level: 'warn', message: 'webhook refused: timestamp outside 5 minutes', webhookId: old.webhookId },
      { level: 'warn', message: 'webhook refused: timestamp outside 5 minutes', webhookId: ahead.webhookId },
    ]);
  });

  it.each(['not json', 'null', '[]', '"text"', '5'])('refuses the signed body %s: not a JSON object', async (body) => {
    relay = setup();
    expect(await answered(await relay.postRaw(body))).toEqual({ status: 400, body: { error: 'body is not a JSON object' } });
    expect(relay.logs).toEqual([]);
  });

  it.each([
    ['a webhookId that is a number', { webhookId: 12345 }],
    ['an empty webhookId', { webhookId: '' }],
    // Date.parse would read the one ISO string out of the array: only strings and numbers are timestamps.
    ['a timestamp that is an array', { timestamp: [new Date().toISOString()] }],
  ])('refuses %s', async (_, overrides) => {
    relay = setup();
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    expect(await answered(await relay.post(contactCreate(overrides)))).toEqual({ status: 400, body: { error: 'webhookId and timestamp are required' } });
    expect(relay.sent).toEqual([]);
  });

  it('takes a timestamp in epoch milliseconds', async () => {
    relay = setup();
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const event = contactCreate({ timestamp: Date.now() - 60_000 });
    expect(await answered(await relay.post(event))).toEqual({ status: 200, body: { received: true } });
    expect(relay.sent).toEqual([posted(HOOK, event)]);
  });

  it('refuses a repeated webhookId, and logs it: the event is delivered once', async () => {
    relay = setup();
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const event = contactCreate();
    expect((await relay.post(event)).status).toBe(200);
    expect(await answered(await relay.post(event))).toEqual({ status: 409, body: { error: 'webhookId already received' } });
    expect(relay.sent).toEqual([posted(HOOK, event)]);
    expect(relay.logs).toEqual([{ level: 'warn', message: 'webhook refused: webhookId already received', webhookId: event.webhookId }]);
  });

  it('still refuses a repeated webhookId after the store pruned the expired ones', async () => {
    relay = setup();
    const event = contactCreate();
    expect((await relay.post(event)).status).toBe(200);
    // The store prunes expired ids on every 200th sighting (relay/src/store.ts): the 199 events after this one reach it.
    for (let index = 0; index < 199; index += 1) expect((await relay.post(contactCreate())).status).toBe(200);
    const replay = await relay.post({ ...event, timestamp: new Date().toISOString() });
    expect(await answered(replay)).toEqual({ status: 409, body: { error: 'webhookId already received' } });
  });

  it('routes invoices and orders by altId when they carry no locationId, and InvoicePaid without a type', async () => {
    relay = setup();
    await relay.subscribe({ locationId: LOCATION, event: 'InvoicePaid', targetUrl: HOOK });
    // docs/webhook events/InvoicePaid.md: no `type`, no `locationId`; altId/altType name the sub-account.
    const invoice = { _id: 'inv_1', status: 'paid', invoiceNumber: '19', altId: LOCATION, altType: 'location', webhookId: 'wh_inv_1', timestamp: new Date().toISOString() };
    expect((await relay.post(invoice)).status).toBe(200);
    expect((await relay.post({ ...invoice, webhookId: 'wh_inv_2', altId: OTHER_LOCATION })).status).toBe(200);
    expect(relay.sent).toEqual([posted(HOOK, invoice)]);
  });

  it('relays only the relayed event types, and only events that name a sub-account', async () => {
    relay = setup();
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    // POST /subscriptions refuses ContactDelete; a row for it put in the store directly must still get nothing.
    await relay.store.add({ id: 'sub_delete', locationId: LOCATION, companyId: null, event: 'ContactDelete' as string as RelayEvent, targetUrl: OTHER_HOOK, createdAt: new Date().toISOString() });
    expect(await answered(await relay.post(contactCreate({ type: 'ContactDelete' })))).toEqual({ status: 200, body: { received: true } });
    expect(await answered(await relay.post(contactCreate({ locationId: undefined })))).toEqual({ status: 200, body: { received: true } });
    expect(relay.sent).toEqual([]);
    expect(relay.logs).toEqual([]);
  });

  it('hands the fan-out to an engine that keeps work alive (waitUntil) and answers 200; the delivery is made there', async () => {
    relay = setup();
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const kept: Array<Promise<unknown>> = [];
    const event = contactCreate();
    const answer = await relay.post(event, undefined, { waitUntil: (promise) => kept.push(promise) });
    expect(await answered(answer)).toEqual({ status: 200, body: { received: true } });
    expect(kept).toHaveLength(1);
    await Promise.all(kept);
    expect(relay.sent).toEqual([posted(HOOK, event)]);
  });

  it.each([
    ['an Error', new Error('database is locked'), 'fan-out failed: database is locked'],
    ['anything else', 'database is locked', 'fan-out failed: unknown error'],
  ])('still answers 200 when the fan-out throws %s, and logs it', async (_, thrown, message) => {
    relay = setup();
    jest.spyOn(relay.store, 'find').mockRejectedValue(thrown);
    const event = contactCreate();
    expect(await answered(await relay.post(event))).toEqual({ status: 200, body: { received: true } });
    expect(relay.logs).toEqual([{ level: 'error', message, webhookId: event.webhookId, event: 'ContactCreate' }]);
  });

  it("removes a sub-account's subscriptions when the app is uninstalled from it, or from the whole agency", async () => {
    relay = setup();
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    await relay.subscribe({ locationId: OTHER_LOCATION, companyId: 'comp_1', event: 'ContactCreate', targetUrl: OTHER_HOOK });
    // docs/webhook events/AppUninstall.md: { type: UNINSTALL, appId, locationId } or { …, companyId }.
    const uninstall = { type: 'UNINSTALL', appId: 'app_1', locationId: LOCATION, webhookId: 'wh_u1', timestamp: new Date().toISOString() };
    expect(await answered(await relay.post(uninstall))).toEqual({ status: 200, body: { received: true } });
    expect(await relay.store.find(LOCATION, 'ContactCreate')).toEqual([]);
    expect(await relay.store.find(OTHER_LOCATION, 'ContactCreate')).toHaveLength(1);
    await relay.post({ type: 'UNINSTALL', appId: 'app_1', companyId: 'comp_1', webhookId: 'wh_u2', timestamp: new Date().toISOString() });
    expect(await relay.store.find(OTHER_LOCATION, 'ContactCreate')).toEqual([]);
    await relay.post(contactCreate());
    expect(relay.sent).toEqual([]);
    expect(relay.logs).toEqual([
      { level: 'info', message: 'app uninstalled: subscriptions removed', webhookId: 'wh_u1', removed: 1 },
      { level: 'info', message: 'app uninstalled: subscriptions removed', webhookId: 'wh_u2', removed: 1 },
    ]);
  });
});

describe('delivery to the hooks', () => {
  it('waits 500, 2,000 then 8,000 ms between four attempts (the defaults), then logs the failure', async () => {
    relay = setup({}, [500, 500, 500, 500]);
    const { body } = await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const event = contactCreate();
    await relay.post(event);
    expect(relay.sent).toEqual([posted(HOOK, event), posted(HOOK, event), posted(HOOK, event), posted(HOOK, event)]);
    expect(relay.waits).toEqual([500, 2000, 8000]);
    expect(relay.logs).toEqual([{ level: 'error', message: 'delivery failed: HTTP 500', webhookId: event.webhookId, subscriptionId: body.id, event: 'ContactCreate' }]);
  });

  it('without an injected sleep, waits on the timer between attempts (the engines use the default)', async () => {
    // The timer is observed, not waited: each wait is recorded and its callback run at once.
    const timers: number[] = [];
    const timer = jest.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) => {
      timers.push(ms ?? 0);
      callback();
      return 0;
    }) as unknown as typeof setTimeout);
    try {
      relay = setup({ sleep: undefined }, [503, 200]);
      await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
      const event = contactCreate();
      await relay.post(event);
      expect(relay.sent).toEqual([posted(HOOK, event), posted(HOOK, event)]);
      expect(timers).toEqual([500]);
      expect(relay.waits).toEqual([]);
    } finally {
      timer.mockRestore();
    }
  });

  it('retries 5xx answers and timeouts with backoff, then delivers', async () => {
    relay = setup({}, [503, 'timeout', 200]);
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const event = contactCreate();
    await relay.post(event);
    expect(relay.sent).toEqual([posted(HOOK, event), posted(HOOK, event), posted(HOOK, event)]);
    expect(relay.waits).toEqual([500, 2000]);
    expect(relay.logs).toEqual([]);
  });

  it('retries a 429 (too many requests)', async () => {
    relay = setup({}, [429, 200]);
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const event = contactCreate();
    await relay.post(event);
    expect(relay.sent).toEqual([posted(HOOK, event), posted(HOOK, event)]);
    expect(relay.waits).toEqual([500]);
    expect(relay.logs).toEqual([]);
  });

  it('does not retry a 4xx answer other than 429', async () => {
    relay = setup({}, [400]);
    const { body } = await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const event = contactCreate();
    await relay.post(event);
    expect(relay.sent).toEqual([posted(HOOK, event)]);
    expect(relay.waits).toEqual([]);
    expect(relay.logs).toEqual([{ level: 'error', message: 'delivery failed: HTTP 400', webhookId: event.webhookId, subscriptionId: body.id, event: 'ContactCreate' }]);
  });

  it('retries a network error and logs it as one', async () => {
    relay = setup({ attempts: 2 }, ['network', 'network']);
    const { body } = await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const event = contactCreate();
    await relay.post(event);
    expect(relay.sent).toEqual([posted(HOOK, event), posted(HOOK, event)]);
    expect(relay.waits).toEqual([500]);
    expect(relay.logs).toEqual([{ level: 'error', message: 'delivery failed: network error', webhookId: event.webhookId, subscriptionId: body.id, event: 'ContactCreate' }]);
  });

  it('takes an answer without a body (204) as delivered', async () => {
    relay = setup({}, [new Response(null, { status: 204 })]);
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const event = contactCreate();
    await relay.post(event);
    expect(relay.sent).toEqual([posted(HOOK, event)]);
    expect(relay.waits).toEqual([]);
    expect(relay.logs).toEqual([]);
  });

  it('logs a delivery that keeps failing with the event id, never the secret, signature or hook URL', async () => {
    relay = setup({ attempts: 3 }, [500, 502, 'timeout']);
    const { body } = await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const event = contactCreate();
    await relay.post(event);
    expect(relay.sent).toHaveLength(3);
    expect(relay.logs).toEqual([
      { level: 'error', message: 'delivery failed: timeout after 10000 ms', webhookId: event.webhookId, subscriptionId: body.id, event: 'ContactCreate' },
    ]);
    const logged = JSON.stringify(relay.logs);
    for (const secret of [SECRET, whSignature(JSON.stringify(event)), HOOK]) expect(logged).not.toContain(secret);
  });

  it('tries a delivery once even when no attempts are configured', async () => {
    relay = setup({ attempts: 0 }, [503]);
    const { body } = await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const event = contactCreate();
    await relay.post(event);
    expect(relay.sent).toEqual([posted(HOOK, event)]);
    expect(relay.logs).toEqual([{ level: 'error', message: 'delivery failed: HTTP 503', webhookId: event.webhookId, subscriptionId: body.id, event: 'ContactCreate' }]);
  });

  it('removes a subscription whose hook answers 410 (Zap turned off), and logs it: the next event goes nowhere', async () => {
    relay = setup({}, [410]);
    const { body } = await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const event = contactCreate();
    await relay.post(event);
    await relay.post(contactCreate());
    expect(relay.sent).toEqual([posted(HOOK, event)]);
    expect(await relay.store.find(LOCATION, 'ContactCreate')).toEqual([]);
    expect(relay.logs).toEqual([{ level: 'info', message: 'hook gone (410): subscription removed', webhookId: event.webhookId, subscriptionId: body.id, event: 'ContactCreate' }]);
  });
});

describe('POST /subscriptions and DELETE /subscriptions/{id}', () => {
  it('creates a subscription for the signed sub-account, event and hook', async () => {
    relay = setup({ now: () => Date.parse('2026-11-30T12:00:00.000Z') });
    const body = JSON.stringify({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const answer = await relay.call('POST', '/subscriptions', body, relayHeaders('POST', '/subscriptions', body, SECRET, Date.parse('2026-11-30T12:00:00.000Z')));
    expect(answer.status).toBe(201);
    const created = (await answer.json()) as Record<string, unknown>;
    expect(created).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), locationId: LOCATION, event: 'ContactCreate', createdAt: '2026-11-30T12:00:00.000Z' });
    expect(await relay.store.find(LOCATION, 'ContactCreate')).toEqual([
      { id: created.id, locationId: LOCATION, companyId: null, event: 'ContactCreate', targetUrl: HOOK, createdAt: '2026-11-30T12:00:00.000Z' },
    ]);
  });

  it('refuses requests without the app signature, signed with another secret, stale, or whose body was changed', async () => {
    relay = setup();
    const body = JSON.stringify({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const changed = JSON.stringify({ locationId: OTHER_LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const attempts = [
      {},
      relayHeaders('POST', '/subscriptions', body, 'another-secret'),
      relayHeaders('POST', '/subscriptions', body, SECRET, Date.now() - 6 * 60_000),
    ];
    for (const headers of attempts) {
      const answer = await relay.call('POST', '/subscriptions', body, headers);
      expect([answer.status, await answer.json()]).toEqual([403, { error: 'invalid or missing relay signature' }]);
    }
    expect((await relay.call('POST', '/subscriptions', changed, relayHeaders('POST', '/subscriptions', body))).status).toBe(403);
    expect(await relay.store.find(LOCATION, 'ContactCreate')).toEqual([]);
    expect(await relay.store.find(OTHER_LOCATION, 'ContactCreate')).toEqual([]);
  });

  it.each(['not json', 'null', '[]'])('refuses the signed body %s: not a JSON object', async (body) => {
    relay = setup();
    const answer = await relay.call('POST', '/subscriptions', body, relayHeaders('POST', '/subscriptions', body));
    expect(await answered(answer)).toEqual({ status: 400, body: { error: 'body is not a JSON object' } });
  });

  it.each([
    [{ locationId: '', event: 'ContactCreate', targetUrl: HOOK }, 'locationId must be a HighLevel sub-account id'],
    [{ locationId: 'a/b', event: 'ContactCreate', targetUrl: HOOK }, 'locationId must be a HighLevel sub-account id'],
    // A number would pass the id pattern once made a string: only strings are ids.
    [{ locationId: LOCATION, companyId: 12345, event: 'ContactCreate', targetUrl: HOOK }, 'companyId must be a HighLevel company id'],
    [{ locationId: LOCATION, event: 'ContactDelete', targetUrl: HOOK }, 'event must be one of the relayed HighLevel webhook events'],
    [{ locationId: LOCATION, event: 'ContactCreate', targetUrl: 'http://hooks.zapier.com/x' }, 'targetUrl must be https'],
    [{ locationId: LOCATION, event: 'ContactCreate', targetUrl: 'https://evil.example.com/x' }, 'targetUrl must be a Zapier hook (hooks.zapier.com)'],
    [{ locationId: LOCATION, event: 'ContactCreate', targetUrl: 'http://127.0.0.1:9/x' }, 'targetUrl must be https'],
    [{ locationId: LOCATION, event: 'ContactCreate', targetUrl: 'not a url' }, 'targetUrl must be a URL'],
  ])('refuses %j: %s', async (input, error) => {
    relay = setup();
    expect(await relay.subscribe(input)).toEqual({ status: 400, body: { error } });
  });

  it('names every allowed hook host when a hook is elsewhere', async () => {
    relay = setup({ hookHosts: ['a.example.com', 'b.example.com'] });
    expect(await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: 'https://hooks.zapier.com/x' })).toEqual({
      status: 400,
      body: { error: 'targetUrl must be a Zapier hook (a.example.com, b.example.com)' },
    });
    expect((await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: 'https://b.example.com/x' })).status).toBe(201);
  });

  it('accepts loopback hooks only under the test switch, and only over http(s)', async () => {
    relay = setup({ allowLoopbackHooks: true });
    expect((await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: 'http://127.0.0.1:9/hook' })).status).toBe(201);
    expect(await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: 'ftp://127.0.0.1/hook' })).toEqual({ status: 400, body: { error: 'targetUrl must be https' } });
  });

  it.each([
    ['an Error', new Error('disk I/O error'), 'request failed: disk I/O error'],
    ['anything else', 'disk I/O error', 'request failed: unknown error'],
  ])('answers 500 when the store throws %s, and logs it with the path', async (_, thrown, message) => {
    relay = setup();
    jest.spyOn(relay.store, 'add').mockRejectedValue(thrown);
    expect(await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK })).toEqual({ status: 500, body: { error: 'relay error' } });
    expect(relay.logs).toEqual([{ level: 'error', message, path: '/subscriptions' }]);
  });

  it('deletes a subscription with a signed request; an unknown one is a 404', async () => {
    relay = setup();
    const { body } = await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const path = `/subscriptions/${String(body.id)}`;
    const unsigned = await relay.call('DELETE', path, '', { 'x-relay-signature': 'nope', 'x-relay-timestamp': '1' });
    expect(await answered(unsigned)).toEqual({ status: 403, body: { error: 'invalid or missing relay signature' } });
    const removed = await relay.call('DELETE', path, '', relayHeaders('DELETE', path, ''));
    expect([removed.status, await removed.json()]).toEqual([200, { removed: true }]);
    const again = await relay.call('DELETE', path, '', relayHeaders('DELETE', path, ''));
    expect([again.status, await again.json()]).toEqual([404, { error: 'no such subscription' }]);
    await relay.post(contactCreate());
    expect(relay.sent).toEqual([]);
  });
});

describe('routing', () => {
  it.each([
    ['GET', '/subscriptions', 405, { error: 'POST only' }],
    ['GET', '/subscriptions/abc-123', 405, { error: 'DELETE only' }],
    ['GET', '/highlevel/webhook', 405, { error: 'POST only' }],
    ['GET', '/health', 200, { ok: true }],
    ['GET', '/nowhere', 404, { error: 'not found' }],
  ])('%s %s answers %i %j', async (method, path, status, body) => {
    relay = setup();
    expect(await answered(await relay.call(method, path))).toEqual({ status, body });
  });
});

describe('the edges of what the relay accepts', () => {
  const clockAt = (start: number) => {
    let current = start;
    return { now: () => current, advance: (ms: number) => (current += ms) };
  };

  it('answers JSON, whatever the answer', async () => {
    relay = setup();
    const answers = [await relay.post(contactCreate()), await relay.post(contactCreate(), 'bad'), await relay.call('GET', '/nowhere'), await relay.call('GET', '/health')];
    expect(answers.map((answer) => [answer.status, answer.headers.get('content-type')])).toEqual([
      [200, 'application/json'],
      [401, 'application/json'],
      [404, 'application/json'],
      [200, 'application/json'],
    ]);
  });

  it('accepts an event exactly 5 minutes old, and remembers its webhookId for as long as such an event is accepted', async () => {
    const clock = clockAt(Date.now());
    relay = setup({ now: clock.now });
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const event = contactCreate({ timestamp: new Date(clock.now() - 5 * 60_000).toISOString() });
    expect((await relay.post(event)).status).toBe(200);
    // A minute on, the same delivery (HighLevel's retry, or a replay) is still refused.
    clock.advance(60_000);
    const replay = await relay.post({ ...event, timestamp: new Date(clock.now()).toISOString() });
    expect([replay.status, await replay.json()]).toEqual([409, { error: 'webhookId already received' }]);
    expect(relay.sent).toHaveLength(1);
  });

  it('takes a subscription request signed exactly 5 minutes ago, and refuses a timestamp that is not all digits', async () => {
    const clock = clockAt(Date.parse('2026-12-01T12:00:00.000Z'));
    relay = setup({ now: clock.now });
    const body = JSON.stringify({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const signedAt = clock.now() - 5 * 60_000;
    expect((await relay.call('POST', '/subscriptions', body, relayHeaders('POST', '/subscriptions', body, SECRET, signedAt))).status).toBe(201);
    for (const stamp of [`${Math.floor(clock.now() / 1000)}x`, `x${Math.floor(clock.now() / 1000)}`]) {
      const headers = relayHeaders('POST', '/subscriptions', body, SECRET, clock.now());
      const signature = createHmac('sha256', SECRET).update(`${stamp}\nPOST\n/subscriptions\n${body}`).digest('hex');
      const answer = await relay.call('POST', '/subscriptions', body, { ...headers, 'x-relay-timestamp': stamp, 'x-relay-signature': signature });
      expect([stamp, answer.status]).toEqual([stamp, 403]);
    }
  });

  it('refuses a company id that is not one, naming it', async () => {
    relay = setup();
    const { status, body } = await relay.subscribe({ locationId: LOCATION, companyId: 'not an id!', event: 'ContactCreate', targetUrl: HOOK });
    expect([status, body]).toEqual([400, { error: 'companyId must be a HighLevel company id' }]);
    expect((await relay.subscribe({ locationId: LOCATION, companyId: '', event: 'ContactCreate', targetUrl: HOOK })).status).toBe(400);
  });

  it('deletes only at /subscriptions/{id} exactly', async () => {
    relay = setup();
    const { body } = await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    for (const path of [`/x/subscriptions/${String(body.id)}`, `/subscriptions/${String(body.id)}/x`]) {
      expect([path, (await relay.call('DELETE', path, '', relayHeaders('DELETE', path, ''))).status]).toEqual([path, 404]);
    }
    await relay.post(contactCreate());
    expect(relay.sent).toHaveLength(1);
  });
});
