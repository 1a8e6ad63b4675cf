import http from 'node:http';
import https from 'node:https';

/**
 * Hook deliveries on Node over kept-alive connections. The relay needs little of `fetch` (method, headers, body, a
 * time-out signal; the answer's status), and Node's global fetch opened a connection per delivery under load: the
 * saturation run of `npm run bench:relay` measured about half the throughput. Only the status is read; the body is drained.
 */
const agents: Record<string, http.Agent> = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 256 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 256 }),
};

export const hookFetch = ((url: string | URL | Request, init: RequestInit = {}): Promise<Response> =>
  new Promise<Response>((resolve, reject) => {
    const target = new URL(url instanceof Request ? url.url : String(url));
    const agent = agents[target.protocol];
    if (!agent) return reject(new TypeError(`unsupported protocol ${target.protocol}`));
    const signal = init.signal ?? undefined;
    if (signal?.aborted) return reject(signal.reason);
    const transport = target.protocol === 'https:' ? https : http;
    // The time-out ends this delivery only while it runs: handed to http.request, a signal that fires later would
    // still destroy the socket, by then back in the pool and carrying another delivery.
    const abort = () => request.destroy(signal?.reason);
    const settle = () => signal?.removeEventListener('abort', abort);
    const request = transport.request(target, { method: init.method ?? 'GET', headers: Object.fromEntries(new Headers(init.headers)), agent }, (answer) => {
      answer.resume();
      answer.on('end', () => {
        settle();
        resolve(new Response(null, { status: answer.statusCode ?? 502 }));
      });
      answer.on('error', (error) => {
        settle();
        reject(error);
      });
    });
    signal?.addEventListener('abort', abort, { once: true });
    // An aborted delivery rejects with the signal's reason, a TimeoutError, as fetch does.
    request.on('error', (error) => {
      settle();
      reject(signal?.aborted ? signal.reason : error);
    });
    request.end(typeof init.body === 'string' ? init.body : undefined);
  })) as typeof fetch;
