import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { appTester, authData, LOCATION_ID, operationOf } from '../helpers';
import type { HookServer } from './support';
import { contactCreate, PUBLIC_KEY_PEM, SECRET, startHookServer, whSignature } from './support';

/**
 * End to end, offline: the relay started as the README says (`npm run relay`), Zaps subscribed through the app's own
 * performSubscribe, signed HighLevel events posted to the relay, Zapier's hooks played by a server on 127.0.0.1.
 */

type Hook = { operation: { performSubscribe: unknown; performUnsubscribe: unknown; perform: unknown } };
const hook = (key: string) => operationOf('triggers', key) as unknown as Hook['operation'];

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

let relay: ChildProcess;
let relayUrl: string;
let hooks: HookServer;
const saved = { url: process.env.HIGHLEVEL_RELAY_URL, secret: process.env.RELAY_SECRET };

beforeAll(async () => {
  const port = await freePort();
  relayUrl = `http://127.0.0.1:${port}`;
  relay = spawn('npm', ['run', 'relay'], {
    cwd: `${__dirname}/../..`,
    env: { ...process.env, RELAY_SECRET: SECRET, RELAY_PORT: String(port), RELAY_DB: ':memory:', HIGHLEVEL_WEBHOOK_PUBLIC_KEY: PUBLIC_KEY_PEM, RELAY_ALLOW_LOOPBACK_HOOKS: 'true' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the relay did not start')), 15000);
    relay.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Relay listening')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  hooks = await startHookServer();
  process.env.HIGHLEVEL_RELAY_URL = relayUrl;
  process.env.RELAY_SECRET = SECRET;
}, 30000);

afterAll(async () => {
  process.env.HIGHLEVEL_RELAY_URL = saved.url;
  process.env.RELAY_SECRET = saved.secret;
  if (saved.url === undefined) delete process.env.HIGHLEVEL_RELAY_URL;
  if (saved.secret === undefined) delete process.env.RELAY_SECRET;
  await hooks?.close();
  if (relay?.pid) process.kill(-relay.pid, 'SIGTERM');
});

const subscribe = (key: string, targetUrl: string) =>
  appTester(hook(key).performSubscribe as never, { authData, targetUrl, inputData: {} } as never) as Promise<{ id: string }>;

const postEvent = async (payload: Record<string, unknown>, signature?: string) => {
  const body = JSON.stringify(payload);
  const answer = await fetch(`${relayUrl}/highlevel/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wh-signature': signature ?? whSignature(body) },
    body,
  });
  return answer.status;
};

it('delivers a signed event once to the subscribed Zap, whose perform turns it into the item; refused and foreign events reach nobody; unsubscribe stops delivery', async () => {
  const contactHook = `${hooks.url}/hooks/contact-created`;
  const subscription = await subscribe('new_contact_instant', contactHook);
  expect(subscription).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), locationId: LOCATION_ID, event: 'ContactCreate', createdAt: expect.any(String) });

  const event = contactCreate({ locationId: LOCATION_ID, id: 'contact_e2e1', customFields: [{ id: 'cf_1', value: 'Gold' }] });
  expect(await postEvent(event)).toBe(200);
  const [delivery] = await hooks.waitFor(1);
  expect(delivery).toEqual({ path: '/hooks/contact-created', body: JSON.stringify(event), contentType: 'application/json' });

  const items = await appTester(hook('new_contact_instant').perform as never, { authData, inputData: {}, cleanedRequest: JSON.parse(delivery!.body) } as never);
  expect(items).toEqual([
    {
      locationId: LOCATION_ID,
      id: 'contact_e2e1',
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: event.email,
      dateAdded: '2026-11-30T12:00:00.000Z',
      tags: ['vip'],
      customFields: [{ id: 'cf_1', value: 'Gold' }],
      customField: { cf_1: 'Gold' },
    },
  ]);

  // Refused (wrong signature, old timestamp, repeated webhookId) or foreign (another sub-account): delivered to nobody.
  const forged = contactCreate({ locationId: LOCATION_ID });
  expect(await postEvent(forged, whSignature(JSON.stringify(forged), true))).toBe(401);
  expect(await postEvent(contactCreate({ locationId: LOCATION_ID, timestamp: new Date(Date.now() - 10 * 60_000).toISOString() }))).toBe(400);
  expect(await postEvent(event)).toBe(409);
  expect(await postEvent(contactCreate({ locationId: 'loc_SomeoneElse' }))).toBe(200);
  // A later event for the Zap arrives alone: nothing else was delivered in between, and the first event only once.
  const sentinel = contactCreate({ locationId: LOCATION_ID, id: 'contact_e2e2' });
  expect(await postEvent(sentinel)).toBe(200);
  const deliveries = await hooks.waitFor(2);
  expect(deliveries.map((entry) => JSON.parse(entry.body).id)).toEqual(['contact_e2e1', 'contact_e2e2']);

  // Unsubscribed: the next ContactCreate reaches only a second Zap on the same event, subscribed meanwhile.
  const second = await subscribe('new_contact_instant', `${hooks.url}/hooks/second-zap`);
  expect(await appTester(hook('new_contact_instant').performUnsubscribe as never, { authData, subscribeData: subscription, inputData: {} } as never)).toEqual({ removed: true });
  expect(await postEvent(contactCreate({ locationId: LOCATION_ID, id: 'contact_e2e3' }))).toBe(200);
  await hooks.waitFor(3);
  expect(await postEvent(contactCreate({ locationId: LOCATION_ID, id: 'contact_e2e4' }))).toBe(200);
  const after = await hooks.waitFor(4);
  expect(after.slice(2).map((entry) => [entry.path, JSON.parse(entry.body).id])).toEqual([
    ['/hooks/second-zap', 'contact_e2e3'],
    ['/hooks/second-zap', 'contact_e2e4'],
  ]);
  expect(hooks.deliveries).toHaveLength(4);
  await appTester(hook('new_contact_instant').performUnsubscribe as never, { authData, subscribeData: second, inputData: {} } as never);
}, 30000);
