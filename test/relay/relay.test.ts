import { createHmac } from 'node:crypto';
import { sqliteDriver } from '../../relay/node/sqlite';
import type { LogEntry, RelayConfig } from '../../relay/src/relay';
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
  body: string;
}

const setup = (config: Partial<RelayConfig> = {}, answers: Array<number | 'timeout'> = []) => {
  const driver = sqliteDriver(':memory:');
  const store = sqlStore(driver);
  const sent: Sent[] = [];
  const logs: LogEntry[] = [];
  const send = (async (url: string, init: RequestInit) => {
    sent.push({ url, body: String(init.body) });
    const answer = answers.shift() ?? 200;
    if (answer === 'timeout') throw Object.assign(new Error('timed out'), { name: 'TimeoutError' });
    return new Response('{}', { status: answer });
  }) as unknown as typeof fetch;
  const relay = createRelay(store, { secret: SECRET, publicKeyPem: PUBLIC_KEY_PEM, backoffMs: 1, fetch: send, log: (entry) => logs.push(entry), ...config });
  const call = (method: string, path: string, body = '', headers: Record<string, string> = {}) =>
    relay.fetch(new Request(`http://relay${path}`, { method, headers, body: method === 'GET' ? undefined : body }));
  const subscribe = async (input: Record<string, unknown>) => {
    const body = JSON.stringify(input);
    const answer = await call('POST', '/subscriptions', body, relayHeaders('POST', '/subscriptions', body));
    return { status: answer.status, body: (await answer.json()) as Record<string, unknown> };
  };
  const post = (payload: Record<string, unknown>, signature?: string) => {
    const body = JSON.stringify(payload);
    return call('POST', '/highlevel/webhook', body, { 'content-type': 'application/json', 'x-wh-signature': signature ?? whSignature(body) });
  };
  return { store, sent, logs, call, subscribe, post, close: () => driver.close() };
};

type Setup = ReturnType<typeof setup>;
let relay: Setup;
afterEach(() => relay?.close());

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
    const answer = await relay.post(event);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ received: true });
    expect(relay.sent).toEqual([
      { url: HOOK, body: JSON.stringify(event) },
      { url: OTHER_HOOK, body: JSON.stringify(event) },
    ]);
  });

  it('refuses a wrong or missing signature, and delivers nothing', async () => {
    relay = setup();
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const event = contactCreate();
    const wrongKey = await relay.post(event, whSignature(JSON.stringify(event), true));
    expect([wrongKey.status, await wrongKey.json()]).toEqual([401, { error: 'invalid x-wh-signature' }]);
    // Signed, then altered: the signature covers the raw body.
    const altered = await relay.call('POST', '/highlevel/webhook', JSON.stringify({ ...event, locationId: OTHER_LOCATION }), { 'x-wh-signature': whSignature(JSON.stringify(event)) });
    expect(altered.status).toBe(401);
    const missing = await relay.call('POST', '/highlevel/webhook', JSON.stringify(event));
    expect([missing.status, await missing.json()]).toEqual([401, { error: 'missing x-wh-signature' }]);
    expect(relay.sent).toEqual([]);
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
    const old = await relay.post(contactCreate({ timestamp: new Date(Date.now() - 5 * 60_000 - 1000).toISOString() }));
    expect([old.status, await old.json()]).toEqual([400, { error: 'timestamp is more than 5 minutes away' }]);
    expect((await relay.post(contactCreate({ timestamp: new Date(Date.now() + 6 * 60_000).toISOString() }))).status).toBe(400);
    expect((await relay.post(contactCreate({ webhookId: undefined }))).status).toBe(400);
    expect((await relay.post(contactCreate({ timestamp: 'yesterday' }))).status).toBe(400);
    expect(relay.sent).toEqual([]);
    expect(relay.logs.map((entry) => entry.message)).toContain('webhook refused: timestamp outside 5 minutes');
  });

  it('refuses a repeated webhookId: the event is delivered once', async () => {
    relay = setup();
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const event = contactCreate();
    expect((await relay.post(event)).status).toBe(200);
    const again = await relay.post(event);
    expect([again.status, await again.json()]).toEqual([409, { error: 'webhookId already received' }]);
    expect(relay.sent).toHaveLength(1);
  });

  it('routes invoices and orders by altId when they carry no locationId, and InvoicePaid without a type', async () => {
    relay = setup();
    await relay.subscribe({ locationId: LOCATION, event: 'InvoicePaid', targetUrl: HOOK });
    // docs/webhook events/InvoicePaid.md: no `type`, no `locationId`; altId/altType name the sub-account.
    const invoice = { _id: 'inv_1', status: 'paid', invoiceNumber: '19', altId: LOCATION, altType: 'location', webhookId: 'wh_inv_1', timestamp: new Date().toISOString() };
    expect((await relay.post(invoice)).status).toBe(200);
    expect((await relay.post({ ...invoice, webhookId: 'wh_inv_2', altId: OTHER_LOCATION })).status).toBe(200);
    expect(relay.sent).toEqual([{ url: HOOK, body: JSON.stringify(invoice) }]);
  });

  it('retries 5xx answers and timeouts with backoff, then delivers', async () => {
    relay = setup({}, [503, 'timeout', 200]);
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    await relay.post(contactCreate());
    expect(relay.sent.map((entry) => entry.url)).toEqual([HOOK, HOOK, HOOK]);
    expect(relay.logs.filter((entry) => entry.level === 'error')).toEqual([]);
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

  it('does not retry a 4xx answer other than 429', async () => {
    relay = setup({}, [400]);
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    await relay.post(contactCreate());
    expect(relay.sent).toHaveLength(1);
    expect(relay.logs.map((entry) => entry.message)).toEqual(['delivery failed: HTTP 400']);
  });

  it('removes a subscription whose hook answers 410 (Zap turned off): the next event goes nowhere', async () => {
    relay = setup({}, [410]);
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    await relay.post(contactCreate());
    await relay.post(contactCreate());
    expect(relay.sent).toHaveLength(1);
    expect(await relay.store.find(LOCATION, 'ContactCreate')).toEqual([]);
  });

  it("removes a sub-account's subscriptions when the app is uninstalled from it, or from the whole agency", async () => {
    relay = setup();
    await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    await relay.subscribe({ locationId: OTHER_LOCATION, companyId: 'comp_1', event: 'ContactCreate', targetUrl: OTHER_HOOK });
    // docs/webhook events/AppUninstall.md: { type: UNINSTALL, appId, locationId } or { …, companyId }.
    const uninstall = { type: 'UNINSTALL', appId: 'app_1', locationId: LOCATION, webhookId: 'wh_u1', timestamp: new Date().toISOString() };
    expect((await relay.post(uninstall)).status).toBe(200);
    expect(await relay.store.find(LOCATION, 'ContactCreate')).toEqual([]);
    expect(await relay.store.find(OTHER_LOCATION, 'ContactCreate')).toHaveLength(1);
    await relay.post({ type: 'UNINSTALL', appId: 'app_1', companyId: 'comp_1', webhookId: 'wh_u2', timestamp: new Date().toISOString() });
    expect(await relay.store.find(OTHER_LOCATION, 'ContactCreate')).toEqual([]);
    await relay.post(contactCreate());
    expect(relay.sent).toEqual([]);
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

  it.each([
    [{ locationId: '', event: 'ContactCreate', targetUrl: HOOK }, 'locationId must be a HighLevel sub-account id'],
    [{ locationId: 'a/b', event: 'ContactCreate', targetUrl: HOOK }, 'locationId must be a HighLevel sub-account id'],
    [{ locationId: LOCATION, event: 'ContactDelete', targetUrl: HOOK }, 'event must be one of the relayed HighLevel webhook events'],
    [{ locationId: LOCATION, event: 'ContactCreate', targetUrl: 'http://hooks.zapier.com/x' }, 'targetUrl must be https'],
    [{ locationId: LOCATION, event: 'ContactCreate', targetUrl: 'https://evil.example.com/x' }, 'targetUrl must be a Zapier hook (hooks.zapier.com)'],
    [{ locationId: LOCATION, event: 'ContactCreate', targetUrl: 'http://127.0.0.1:9/x' }, 'targetUrl must be https'],
    [{ locationId: LOCATION, event: 'ContactCreate', targetUrl: 'not a url' }, 'targetUrl must be a URL'],
  ])('refuses %j: %s', async (input, error) => {
    relay = setup();
    expect(await relay.subscribe(input)).toEqual({ status: 400, body: { error } });
  });

  it('accepts loopback hooks only under the test switch', async () => {
    relay = setup({ allowLoopbackHooks: true });
    expect((await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: 'http://127.0.0.1:9/hook' })).status).toBe(201);
  });

  it('deletes a subscription with a signed request; an unknown one is a 404', async () => {
    relay = setup();
    const { body } = await relay.subscribe({ locationId: LOCATION, event: 'ContactCreate', targetUrl: HOOK });
    const path = `/subscriptions/${String(body.id)}`;
    expect((await relay.call('DELETE', path, '', { 'x-relay-signature': 'nope', 'x-relay-timestamp': '1' })).status).toBe(403);
    const removed = await relay.call('DELETE', path, '', relayHeaders('DELETE', path, ''));
    expect([removed.status, await removed.json()]).toEqual([200, { removed: true }]);
    const again = await relay.call('DELETE', path, '', relayHeaders('DELETE', path, ''));
    expect([again.status, await again.json()]).toEqual([404, { error: 'no such subscription' }]);
    await relay.post(contactCreate());
    expect(relay.sent).toEqual([]);
  });

  it('answers 404 and 405 elsewhere', async () => {
    relay = setup();
    expect((await relay.call('GET', '/nowhere')).status).toBe(404);
    expect((await relay.call('GET', '/highlevel/webhook')).status).toBe(405);
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
