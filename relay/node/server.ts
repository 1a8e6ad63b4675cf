import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RelayConfig } from '../src/relay';
import { createRelay } from '../src/relay';
import { sqlStore } from '../src/store';
import { hookFetch } from './hookClient';
import { sqliteDriver } from './sqlite';

export interface RelayServerOptions extends RelayConfig {
  port?: number;
  /** SQLite file; `:memory:` keeps nothing across restarts. */
  database?: string;
  host?: string;
}

export interface RunningRelay {
  url: string;
  /** Resolves once every fan-out still running has finished. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

const readBody = (message: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => resolve(Buffer.concat(chunks)));
    message.on('error', reject);
  });

/** The relay on Node's HTTP server: Node's request becomes a web Request, the Response is written back. */
export const startRelayServer = async (options: RelayServerOptions): Promise<RunningRelay> => {
  const driver = sqliteDriver(options.database ?? ':memory:');
  const relay = createRelay(sqlStore(driver), { fetch: hookFetch, ...options });
  const pending = new Set<Promise<unknown>>();
  const context = {
    waitUntil(promise: Promise<unknown>) {
      pending.add(promise);
      void promise.finally(() => pending.delete(promise));
    },
  };
  const handle = async (message: IncomingMessage, reply: ServerResponse) => {
    const method = message.method ?? 'GET';
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(message);
    const headers = new Headers();
    for (const [name, value] of Object.entries(message.headers)) if (typeof value === 'string') headers.set(name, value);
    const request = new Request(`http://relay${message.url ?? '/'}`, { method, headers, body });
    const answer = await relay.fetch(request, context);
    reply.writeHead(answer.status, Object.fromEntries(answer.headers));
    reply.end(Buffer.from(await answer.arrayBuffer()));
  };
  const server = createServer((message, reply) => {
    handle(message, reply).catch(() => {
      if (!reply.headersSent) reply.writeHead(500, { 'content-type': 'application/json' });
      reply.end('{"error":"relay error"}');
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const settled = async () => {
    while (pending.size) await Promise.allSettled([...pending]);
  };
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    settled,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await settled();
      driver.close();
    },
  };
};
