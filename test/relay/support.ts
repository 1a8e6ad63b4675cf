import { createHmac, createSign, generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Test doubles for the relay: a stand-in for HighLevel's signing key, signed events, and a Zapier hook on 127.0.0.1. */

export const SECRET = 'relay-secret-for-tests-7c1e';
export const LOCATION = 'loc_Relay1';
export const OTHER_LOCATION = 'loc_Other2';

const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
/** The public key the relay is given (HIGHLEVEL_WEBHOOK_PUBLIC_KEY) in place of HighLevel's. */
export const PUBLIC_KEY_PEM = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const otherPair = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** `x-wh-signature` as HighLevel computes it: RSA-SHA256 over the raw body, base64. */
export const whSignature = (body: string, wrongKey = false): string =>
  createSign('SHA256').update(body).end().sign(wrongKey ? otherPair.privateKey : pair.privateKey, 'base64');

let counter = 0;
/** A webhook body (HighLevel's shape: docs/webhook events/ContactCreate.md) with a fresh webhookId and the current time. */
export const contactCreate = (overrides: Record<string, unknown> = {}): Record<string, unknown> => {
  counter += 1;
  return {
    type: 'ContactCreate',
    locationId: LOCATION,
    id: `contact_${counter}`,
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: `ada${counter}@example.com`,
    dateAdded: '2026-11-30T12:00:00.000Z',
    tags: ['vip'],
    webhookId: `wh_${counter}_${Date.now()}`,
    timestamp: new Date().toISOString(),
    ...overrides,
  };
};

/** The headers the Zapier app signs subscription requests with (src/http/relay.ts restates this). */
export const relayHeaders = (method: string, path: string, body: string, secret = SECRET, now = Date.now()): Record<string, string> => {
  const timestamp = String(Math.floor(now / 1000));
  return {
    'content-type': 'application/json',
    'x-relay-timestamp': timestamp,
    'x-relay-signature': createHmac('sha256', secret).update(`${timestamp}\n${method}\n${path}\n${body}`).digest('hex'),
  };
};

export interface Delivery {
  path: string;
  body: string;
  contentType: string | undefined;
}

export interface HookServer {
  url: string;
  deliveries: Delivery[];
  /** Resolves when `count` deliveries have arrived in all (rejects after 5 s). */
  waitFor(count: number): Promise<Delivery[]>;
  /** Status codes to answer next, in order (then 200). */
  answers: number[];
  close(): Promise<void>;
}

/** A Zapier REST hook stand-in: records every POST. */
export const startHookServer = async (): Promise<HookServer> => {
  const deliveries: Delivery[] = [];
  const waiters: Array<() => void> = [];
  const answers: number[] = [];
  const server = createServer((request, reply) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      deliveries.push({ path: request.url ?? '', body: Buffer.concat(chunks).toString('utf8'), contentType: request.headers['content-type'] });
      reply.writeHead(answers.shift() ?? 200, { 'content-type': 'application/json' });
      reply.end('{"status":"success"}');
      waiters.splice(0).forEach((wake) => wake());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deliveries,
    answers,
    waitFor: (count) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`expected ${count} deliveries, got ${deliveries.length}`)), 5000);
        const check = () => {
          if (deliveries.length >= count) {
            clearTimeout(timer);
            resolve(deliveries.slice());
          } else waiters.push(check);
        };
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
