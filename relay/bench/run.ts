import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHmac, createSign, generateKeyPairSync } from 'node:crypto';
import { rmSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startRelayServer } from '../node/server';

/**
 * `npm run bench:relay`: the relay (`npm run relay`'s server, SQLite file store) in its own process, 1,000 subscriptions
 * (250 sub-accounts × 4 event types, one Zapier hook each), a HighLevel stand-in posting signed events and the hooks
 * on 127.0.0.1 in this process. Measures events/s accepted and fanned out, and the latency a webhook gains from the
 * moment it is posted until its hook receives it (median, p99). Loopback only, bounded, stops by itself.
 */

const SUBSCRIPTIONS = 1000;
const LOCATIONS = 250;
const EVENTS = ['ContactCreate', 'ContactUpdate', 'OpportunityStageUpdate', 'InboundMessage'] as const;
const SATURATION_EVENTS = Number(process.env.RELAY_BENCH_EVENTS || 8000);
const CONCURRENCY = 32;
const PACED_RATE = 1000;
const PACED_EVENTS = Math.round(SATURATION_EVENTS * 0.375);
const GIVE_UP_MS = 120_000;
const SECRET = 'bench-relay-secret';

if (process.argv[2] === '--relay-child') {
  // The relay process: configured by the parent through the environment, reports its port.
  void startRelayServer({
    secret: SECRET,
    publicKeyPem: process.env.HIGHLEVEL_WEBHOOK_PUBLIC_KEY,
    allowLoopbackHooks: true,
    database: process.env.RELAY_DB,
    log: process.env.RELAY_BENCH_LOG ? undefined : () => undefined,
  }).then((running) => process.send?.({ url: running.url }));
  // The benchmark owns this process: when it ends, however it ends, so does the relay.
  process.on('disconnect', () => process.exit(0));
} else {
  void main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function main() {
  const started = Date.now();
  const keys = generateKeyPairSync('rsa', { modulusLength: 4096 });
  const database = join(tmpdir(), `relay-bench-${process.pid}.sqlite`);
  const child: ChildProcess = fork(__filename, ['--relay-child'], {
    env: { ...process.env, HIGHLEVEL_WEBHOOK_PUBLIC_KEY: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(), RELAY_DB: database },
    execArgv: ['--disable-warning=ExperimentalWarning'],
  });
  const guard = setTimeout(() => {
    console.error('Benchmark gave up after 120 s.');
    child.kill('SIGTERM');
    process.exit(2);
  }, GIVE_UP_MS);
  const relayUrl = await new Promise<string>((resolve) => child.once('message', (message: { url: string }) => resolve(message.url)));
  const relay = new URL(relayUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

  const post = (path: string, body: string, headers: Record<string, string>) =>
    new Promise<number>((resolve, reject) => {
      const outgoing = request({ host: relay.hostname, port: relay.port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } }, (answer) => {
        answer.resume();
        answer.on('end', () => resolve(answer.statusCode ?? 0));
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  // The hooks: one server, one path per subscription; each arrival is matched to its event by webhookId.
  const arrivals = new Map<string, number>();
  let waiting: (() => void) | undefined;
  let expected = 0;
  const hooks = createServer((incoming, reply) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const at = performance.now();
      const webhookId = /"webhookId":"([^"]+)"/.exec(Buffer.concat(chunks).toString())?.[1] ?? '';
      arrivals.set(webhookId, at);
      reply.end('{"status":"success"}');
      if (arrivals.size >= expected) waiting?.();
    });
  });
  hooks.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => hooks.listen(0, '127.0.0.1', resolve));
  const hookPort = (hooks.address() as AddressInfo).port;

  for (let index = 0; index < SUBSCRIPTIONS; index += 1) {
    const body = JSON.stringify({ locationId: `loc_${index % LOCATIONS}`, event: EVENTS[Math.floor(index / LOCATIONS)], targetUrl: `http://127.0.0.1:${hookPort}/hook/${index}` });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = createHmac('sha256', SECRET).update(`${timestamp}\n${'POST'}\n/subscriptions\n${body}`).digest('hex');
    if ((await post('/subscriptions', body, { 'x-relay-timestamp': timestamp, 'x-relay-signature': signature })) !== 201) throw new Error('subscription refused');
  }

  // Signed events prepared ahead (HighLevel's key is RSA-4096 too), so the stand-in only sends.
  const prepare = (count: number, tag: string) =>
    Array.from({ length: count }, (_, index) => {
      const body = JSON.stringify({ type: EVENTS[index % EVENTS.length], locationId: `loc_${index % LOCATIONS}`, id: `rec_${index}`, webhookId: `${tag}_${index}`, timestamp: new Date().toISOString() });
      return { id: `${tag}_${index}`, body, signature: createSign('SHA256').update(body).end().sign(keys.privateKey, 'base64'), sentAt: 0 };
    });

  const run = async (events: ReturnType<typeof prepare>, pace?: number) => {
    // Signing thousands of RSA-4096 events outlasts the relay's keep-alive (30 s): idle sockets would be reset under us.
    agent.destroy();
    arrivals.clear();
    expected = events.length;
    const done = new Promise<void>((resolve) => (waiting = resolve));
    const begin = performance.now();
    let next = 0;
    let refused = 0;
    const sender = async () => {
      while (next < events.length) {
        const event = events[next]!;
        next += 1;
        if (pace) {
          const due = begin + (next * 1000) / pace;
          const wait = due - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        }
        event.sentAt = performance.now();
        if ((await post('/highlevel/webhook', event.body, { 'x-wh-signature': event.signature })) !== 200) refused += 1;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, sender));
    if (refused) throw new Error(`${refused} events refused`);
    await done;
    const seconds = (Math.max(...arrivals.values()) - begin) / 1000;
    const latencies = events.map((event) => arrivals.get(event.id)! - event.sentAt).sort((a, b) => a - b);
    return { eventsPerSecond: events.length / seconds, median: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies[latencies.length - 1]! };
  };

  const progress = (text: string) => process.stderr.write(`${text}\n`);
  progress('subscriptions created; signing events…');
  const saturationEvents = prepare(SATURATION_EVENTS, 'sat');
  progress('saturation run…');
  const saturation = await run(saturationEvents);
  progress('paced run…');
  const paced = await run(prepare(PACED_EVENTS, 'paced'), PACED_RATE);

  const print = (label: string, result: Awaited<ReturnType<typeof run>>) =>
    console.log(`  ${label.padEnd(34)} ${result.eventsPerSecond.toFixed(0).padStart(6)} events/s   added latency median ${result.median.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, max ${result.max.toFixed(1)} ms`);
  console.log(`Relay benchmark: ${SUBSCRIPTIONS} subscriptions (${LOCATIONS} sub-accounts × ${EVENTS.length} events), RSA-4096 signatures, SQLite store, loopback, Node ${process.version}`);
  print(`saturation (${SATURATION_EVENTS} events, ${CONCURRENCY} in flight)`, saturation);
  print(`paced at ${PACED_RATE} events/s (${PACED_EVENTS} events)`, paced);
  console.log(`  aim: ≥ 2,000 events/s → ${saturation.eventsPerSecond >= 2000 ? 'met' : 'MISSED'}; p99 < 50 ms → saturation ${saturation.p99 < 50 ? 'met' : 'MISSED'}, paced ${paced.p99 < 50 ? 'met' : 'MISSED'}`);
  console.log(`  (whole run ${((Date.now() - started) / 1000).toFixed(1)} s)`);

  clearTimeout(guard);
  agent.destroy();
  hooks.close();
  hooks.closeAllConnections();
  child.kill('SIGTERM');
  rmSync(database, { force: true });
  rmSync(`${database}-wal`, { force: true });
  rmSync(`${database}-shm`, { force: true });
}
