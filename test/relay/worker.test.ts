import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import type { HookServer } from './support';
import { contactCreate, LOCATION, PUBLIC_KEY_PEM, relayHeaders, SECRET, startHookServer, whSignature } from './support';

/**
 * The Cloudflare Worker (relay/worker/index.ts) in workerd, Cloudflare's runtime, through Miniflare: D1 local,
 * the schema from relay/migrations, no network but the hook server on 127.0.0.1. Kept to one walk through.
 */

const root = join(__dirname, '..', '..');
let mf: Miniflare;
let hooks: HookServer;

beforeAll(async () => {
  const bundled = await build({ entryPoints: [join(root, 'relay', 'worker', 'index.ts')], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', write: false, logLevel: 'warning' });
  mf = new Miniflare({
    modules: true,
    script: bundled.outputFiles[0]!.text,
    compatibilityDate: '2026-07-01',
    d1Databases: ['DB'],
    bindings: { RELAY_SECRET: SECRET, HIGHLEVEL_WEBHOOK_PUBLIC_KEY: PUBLIC_KEY_PEM, RELAY_ALLOW_LOOPBACK_HOOKS: 'true' },
  });
  const db = await mf.getD1Database('DB');
  const migration = readFileSync(join(root, 'relay', 'migrations', '0001_init.sql'), 'utf8').replace(/--.*$/gm, '');
  for (const statement of migration.split(';').map((text) => text.trim()).filter(Boolean)) await db.prepare(statement).run();
  hooks = await startHookServer();
}, 60000);

afterAll(async () => {
  await mf?.dispose();
  await hooks?.close();
});

it('subscribes, verifies and fans out a webhook after answering (waitUntil), refuses a replay, and unsubscribes on D1', async () => {
  const subscription = JSON.stringify({ locationId: LOCATION, event: 'ContactCreate', targetUrl: `${hooks.url}/hooks/worker` });
  const created = await mf.dispatchFetch('http://relay/subscriptions', { method: 'POST', headers: relayHeaders('POST', '/subscriptions', subscription), body: subscription });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };

  const event = JSON.stringify(contactCreate());
  const post = () => mf.dispatchFetch('http://relay/highlevel/webhook', { method: 'POST', headers: { 'content-type': 'application/json', 'x-wh-signature': whSignature(event) }, body: event });
  expect((await post()).status).toBe(200);
  expect(await hooks.waitFor(1)).toEqual([{ path: '/hooks/worker', body: event, contentType: 'application/json' }]);
  expect((await post()).status).toBe(409);
  const forged = await mf.dispatchFetch('http://relay/highlevel/webhook', { method: 'POST', headers: { 'x-wh-signature': whSignature(event, true) }, body: event });
  expect(forged.status).toBe(401);

  const path = `/subscriptions/${id}`;
  const removed = await mf.dispatchFetch(`http://relay${path}`, { method: 'DELETE', headers: relayHeaders('DELETE', path, '') });
  expect([removed.status, await removed.json()]).toEqual([200, { removed: true }]);
  const db = await mf.getD1Database('DB');
  expect((await db.prepare('SELECT COUNT(*) AS n FROM subscriptions').first<{ n: number }>())?.n).toBe(0);
  expect(hooks.deliveries).toHaveLength(1);
}, 60000);
