import type { RelayEvent, SubscriptionCreated, SubscriptionRequest } from './contract';
import { constantTimeEqual, HIGHLEVEL_WEBHOOK_PUBLIC_KEY, hmacHex, hmacKey, randomId, webhookVerifier } from './crypto';
import { eventTypeOf, isRelayEvent, isUninstall, locationOf } from './events';
import type { RelayStore, Subscription } from './store';

/** Both engines hand the handler something that keeps work alive after the answer (Workers' ExecutionContext). */
export interface WaitUntil {
  waitUntil(promise: Promise<unknown>): void;
}

export type LogEntry = { level: 'info' | 'warn' | 'error'; message: string } & Record<string, string | number | boolean | undefined>;

export interface RelayConfig {
  /** RELAY_SECRET, shared with the Zapier app. */
  secret: string;
  /** HIGHLEVEL_WEBHOOK_PUBLIC_KEY (PEM); HighLevel's published key otherwise. */
  publicKeyPem?: string;
  /** RELAY_ALLOW_LOOPBACK_HOOKS: accept http://127.0.0.1 / localhost hooks (tests and the benchmark only). */
  allowLoopbackHooks?: boolean;
  /** Hosts a hook URL may point at; Zapier's REST hooks host by default. */
  hookHosts?: readonly string[];
  /** Delivery attempts per hook (5xx, 429, timeouts and network errors are retried) and the first backoff. */
  attempts?: number;
  backoffMs?: number;
  timeoutMs?: number;
  now?: () => number;
  log?: (entry: LogEntry) => void;
  fetch?: typeof fetch;
  /** The wait between delivery attempts; tests record it instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
}

/** HighLevel's advice (WebhookAuthentication.md): refuse events whose `timestamp` is more than 5 minutes off. */
export const MAX_EVENT_AGE_MS = 5 * 60_000;
/** Subscription requests are signed with a timestamp too, valid this long. */
const MAX_REQUEST_AGE_MS = 5 * 60_000;
/** Webhook ids are remembered twice as long as an event is accepted. */
const SEEN_FOR_MS = 2 * MAX_EVENT_AGE_MS;
const ZAPIER_HOOKS_HOST = 'hooks.zapier.com';
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const refuse = (status: number, error: string): Response => json(status, { error });

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

const timeOf = (value: unknown): number | undefined => {
  const time = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isFinite(time) ? time : undefined;
};

const parseObject = (raw: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Relay {
  fetch(request: Request, context?: WaitUntil): Promise<Response>;
}

/**
 * The relay, written once against web-standard Request/Response: HighLevel's webhooks in, Zapier REST hooks out.
 * Engines adapt it (relay/node/server.ts, relay/worker/index.ts) and give it a store.
 */
export const createRelay = (store: RelayStore, config: RelayConfig): Relay => {
  if (!config.secret) throw new Error('RELAY_SECRET is not set: the relay cannot check who subscribes.');
  const now = config.now ?? Date.now;
  const log = config.log ?? ((entry: LogEntry) => console.log(JSON.stringify(entry)));
  const send = config.fetch ?? fetch;
  // Every delivery is tried at least once, whatever the configuration says.
  const attempts = Math.max(1, config.attempts ?? 4);
  const backoffMs = config.backoffMs ?? 500;
  const timeoutMs = config.timeoutMs ?? 10_000;
  const wait = config.sleep ?? sleep;
  const hookHosts = new Set(config.hookHosts ?? [ZAPIER_HOOKS_HOST]);
  const verifier = webhookVerifier(config.publicKeyPem || HIGHLEVEL_WEBHOOK_PUBLIC_KEY);
  const secretKey = hmacKey(config.secret);
  const decoder = new TextDecoder();

  const hookUrlProblem = (value: unknown): string | undefined => {
    let url: URL;
    try {
      url = new URL(String(value));
    } catch {
      return 'targetUrl must be a URL';
    }
    if (config.allowLoopbackHooks && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return undefined;
    if (url.protocol !== 'https:') return 'targetUrl must be https';
    if (!hookHosts.has(url.hostname)) return `targetUrl must be a Zapier hook (${[...hookHosts].join(', ')})`;
    return undefined;
  };

  /** The app's proof: HMAC over timestamp, method, path and body (which names the location, event and target). */
  const authenticated = async (request: Request, path: string, body: string): Promise<boolean> => {
    const stamp = request.headers.get('x-relay-timestamp') ?? '';
    const signature = request.headers.get('x-relay-signature') ?? '';
    const seconds = Number(stamp);
    if (!/^\d{1,12}$/.test(stamp) || Math.abs(now() - seconds * 1000) > MAX_REQUEST_AGE_MS) return false;
    const expected = await hmacHex(await secretKey, `${stamp}\n${request.method}\n${path}\n${body}`);
    return constantTimeEqual(expected, signature.toLowerCase());
  };

  /** One hook, with retries; a 410 means Zapier turned the Zap off: the subscription goes. */
  const deliver = async (subscription: Subscription, body: string, webhookId: string): Promise<void> => {
    let failure = '';
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      if (attempt > 0) await wait(backoffMs * 4 ** (attempt - 1));
      try {
        const answer = await send(subscription.targetUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        await answer.body?.cancel();
        if (answer.ok) return;
        if (answer.status === 410) {
          await store.remove(subscription.id);
          log({ level: 'info', message: 'hook gone (410): subscription removed', webhookId, subscriptionId: subscription.id, event: subscription.event });
          return;
        }
        failure = `HTTP ${answer.status}`;
        if (answer.status < 500 && answer.status !== 429) break;
      } catch (error) {
        failure = error instanceof Error && error.name === 'TimeoutError' ? `timeout after ${timeoutMs} ms` : 'network error';
      }
    }
    log({ level: 'error', message: `delivery failed: ${failure}`, webhookId, subscriptionId: subscription.id, event: subscription.event });
  };

  const fanOut = async (locationId: string, event: RelayEvent, body: string, webhookId: string): Promise<void> => {
    try {
      const subscriptions = await store.find(locationId, event);
      const targets = new Set<string>();
      const once = subscriptions.filter((subscription) => !targets.has(subscription.targetUrl) && Boolean(targets.add(subscription.targetUrl)));
      await Promise.all(once.map((subscription) => deliver(subscription, body, webhookId)));
    } catch (error) {
      log({ level: 'error', message: `fan-out failed: ${error instanceof Error ? error.message : 'unknown error'}`, webhookId, event });
    }
  };

  const webhook = async (request: Request, context: WaitUntil | undefined): Promise<Response> => {
    const raw = new Uint8Array(await request.arrayBuffer());
    const signature = request.headers.get('x-wh-signature');
    if (!signature) return refuse(401, 'missing x-wh-signature');
    if (!(await (await verifier)(raw, signature))) {
      log({ level: 'warn', message: 'webhook refused: bad signature' });
      return refuse(401, 'invalid x-wh-signature');
    }
    const body = decoder.decode(raw);
    const payload = parseObject(body);
    if (!payload) return refuse(400, 'body is not a JSON object');
    const webhookId = text(payload.webhookId);
    const sentAt = timeOf(payload.timestamp);
    if (!webhookId || sentAt === undefined) return refuse(400, 'webhookId and timestamp are required');
    const current = now();
    if (Math.abs(current - sentAt) > MAX_EVENT_AGE_MS) {
      log({ level: 'warn', message: 'webhook refused: timestamp outside 5 minutes', webhookId });
      return refuse(400, 'timestamp is more than 5 minutes away');
    }
    if (!(await store.firstSight(webhookId, current, current + SEEN_FOR_MS))) {
      log({ level: 'warn', message: 'webhook refused: webhookId already received', webhookId });
      return refuse(409, 'webhookId already received');
    }
    if (isUninstall(payload)) {
      const locationId = text(payload.locationId);
      const companyId = text(payload.companyId);
      const removed = locationId ? await store.removeForLocation(locationId) : companyId ? await store.removeForCompany(companyId) : 0;
      log({ level: 'info', message: 'app uninstalled: subscriptions removed', webhookId, removed });
      return json(200, { received: true });
    }
    const event = eventTypeOf(payload);
    const locationId = locationOf(payload);
    if (isRelayEvent(event) && locationId) {
      const work = fanOut(locationId, event, body, webhookId);
      // Answer now; the engine keeps the fan-out running (Workers: ctx.waitUntil).
      if (context) context.waitUntil(work);
      else await work;
    }
    return json(200, { received: true });
  };

  const subscribe = async (request: Request, path: string): Promise<Response> => {
    const body = await request.text();
    if (!(await authenticated(request, path, body))) return refuse(403, 'invalid or missing relay signature');
    const input = parseObject(body) as Partial<SubscriptionRequest> | undefined;
    if (!input) return refuse(400, 'body is not a JSON object');
    if (!text(input.locationId) || !ID_PATTERN.test(input.locationId!)) return refuse(400, 'locationId must be a HighLevel sub-account id');
    if (input.companyId !== undefined && (!text(input.companyId) || !ID_PATTERN.test(input.companyId!))) return refuse(400, 'companyId must be a HighLevel company id');
    if (!isRelayEvent(input.event)) return refuse(400, 'event must be one of the relayed HighLevel webhook events');
    const urlProblem = hookUrlProblem(input.targetUrl);
    if (urlProblem) return refuse(400, urlProblem);
    const subscription: Subscription = {
      id: randomId(),
      locationId: input.locationId!,
      companyId: input.companyId ?? null,
      event: input.event,
      targetUrl: String(input.targetUrl),
      createdAt: new Date(now()).toISOString(),
    };
    await store.add(subscription);
    const created: SubscriptionCreated = { id: subscription.id, locationId: subscription.locationId, event: subscription.event, createdAt: subscription.createdAt };
    return json(201, created);
  };

  const unsubscribe = async (request: Request, path: string, id: string): Promise<Response> => {
    if (!(await authenticated(request, path, await request.text()))) return refuse(403, 'invalid or missing relay signature');
    return (await store.remove(id)) ? json(200, { removed: true }) : refuse(404, 'no such subscription');
  };

  return {
    async fetch(request, context) {
      const path = new URL(request.url).pathname;
      try {
        if (path === '/highlevel/webhook') return request.method === 'POST' ? await webhook(request, context) : refuse(405, 'POST only');
        if (path === '/subscriptions') return request.method === 'POST' ? await subscribe(request, path) : refuse(405, 'POST only');
        const match = /^\/subscriptions\/([A-Za-z0-9-]{1,64})$/.exec(path);
        if (match) return request.method === 'DELETE' ? await unsubscribe(request, path, match[1]!) : refuse(405, 'DELETE only');
        if (path === '/health') return json(200, { ok: true });
        return refuse(404, 'not found');
      } catch (error) {
        log({ level: 'error', message: `request failed: ${error instanceof Error ? error.message : 'unknown error'}`, path });
        return refuse(500, 'relay error');
      }
    },
  };
};
