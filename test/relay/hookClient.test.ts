import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { hookFetch } from '../../relay/node/hookClient';

/** The relay's hook client on Node: what the relay reads of an answer, kept-alive connections, its time-out. */
describe('hookFetch', () => {
  let server: Server;
  let url: string;
  const seen: Array<{ method?: string; type?: string; body: string; socket: unknown }> = [];
  beforeAll(async () => {
    // nock's interception (test/setup.ts) hands each request a socket of its own: this file talks to loopback only.
    nock.restore();
    server = createServer((request: IncomingMessage, reply) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ method: request.method, type: request.headers['content-type'], body, socket: request.socket });
        if (request.url === '/slow') return void setTimeout(() => reply.end('late'), 500);
        reply.writeHead(request.url === '/gone' ? 410 : 200).end('{"status":"success"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('posts the body with its headers and gives the status; two deliveries share one connection', async () => {
    const first = await hookFetch(`${url}/hook`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    // The agent takes the socket back once the answer is read (the next turn of the event loop).
    await new Promise((resolve) => setImmediate(resolve));
    const second = await hookFetch(`${url}/gone`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"b":2}' });
    expect([first.status, first.ok, second.status, second.ok]).toEqual([200, true, 410, false]);
    expect(seen.slice(-2).map(({ method, type, body }) => ({ method, type, body }))).toEqual([
      { method: 'POST', type: 'application/json', body: '{"a":1}' },
      { method: 'POST', type: 'application/json', body: '{"b":2}' },
    ]);
    expect(seen.at(-1)!.socket).toBe(seen.at(-2)!.socket);
  });

  it('gives up at the time-out with a TimeoutError, as fetch does', async () => {
    await expect(hookFetch(`${url}/slow`, { method: 'POST', body: '{}', signal: AbortSignal.timeout(50) })).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('refuses another protocol', async () => {
    await expect(hookFetch('ftp://127.0.0.1/hook', { method: 'POST' })).rejects.toThrow('unsupported protocol ftp:');
  });
});
