import http from 'node:http';
import net from 'node:net';
import { REGISTERED_REDIRECT_URI } from '../../sandbox/oauth';
import { SANDBOX_CLIENT } from '../../sandbox/demo';
import { MAX_BODY_BYTES, startSandbox, type Sandbox } from '../../sandbox/server';

/** Issue 15.13: the sandbox checks the Host header, redirects codes only to registered URIs, and caps request bodies. */

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ rateLimit: false });
});
afterAll(() => sandbox.close());

const port = () => Number(new URL(sandbox.url).port);

/** A raw request (fetch cannot set Host), with an optional body writer; resolves with the status and the bytes written. */
const raw = (options: { method?: string; path: string; host?: string; headers?: Record<string, string>; write?: (request: http.ClientRequest) => void }) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: port(), method: options.method ?? 'GET', path: options.path, headers: { ...(options.host ? { Host: options.host } : {}), ...options.headers } },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        // The sandbox may close the connection right after a 413: whatever arrived is the answer.
        response.on('close', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on('error', (error) => (options.write ? undefined : reject(error)));
    if (options.write) options.write(request);
    else request.end();
  });

const consentPath = (redirectUri: string) =>
  `/v2/oauth/chooselocation?${new URLSearchParams({ response_type: 'code', client_id: SANDBOX_CLIENT.clientId, redirect_uri: redirectUri, state: 's' }).toString()}`;

/**
 * A POST over a plain socket that offers up to 200 MB of body, writing only as fast as the sandbox reads and stopping
 * at its answer. Resolves with the answer's first line and body and how much was written before it came.
 */
const flood = (headers: string) =>
  new Promise<{ answer: string; written: number }>((resolve, reject) => {
    const socket = net.connect(port(), '127.0.0.1');
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const chunked = /chunked/i.test(headers);
    let written = 0;
    let answer = '';
    const pump = () => {
      while (!answer && written < 200 * 1024 * 1024) {
        written += chunk.length;
        const ok = socket.write(chunked ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]) : chunk);
        if (!ok) return void socket.once('drain', pump);
      }
    };
    socket.on('connect', () => {
      socket.write(`POST /contacts/ HTTP/1.1\r\nHost: 127.0.0.1:${port()}\r\nContent-Type: application/json\r\n${headers}\r\n`);
      pump();
    });
    socket.on('data', (data: Buffer) => {
      answer += data.toString();
    });
    socket.on('close', () => resolve({ answer, written }));
    // The sandbox may cut the connection while this side is still writing (ECONNRESET): that too ends the upload.
    socket.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' || answer ? resolve({ answer, written }) : reject(error)));
  });

describe('15.13 the sandbox', () => {
  it.each([['attacker.example.com'], ['attacker.example.com:4646'], ['127.0.0.1.nip.io']])('refuses Host %s (DNS rebinding)', async (host) => {
    const answer = await raw({ path: '/locations/x', host });
    expect(answer.status).toBe(421);
    expect(answer.body).toMatch(/answers only to 127\.0\.0\.1, localhost or \[::1\]/);
  });

  it.each([['127.0.0.1'], ['localhost'], ['[::1]']])('answers Host %s:<port>', async (name) => {
    const answer = await raw({ path: consentPath(REGISTERED_REDIRECT_URI), host: `${name}:${port()}` });
    expect(answer.status).toBe(302);
  });

  it('redirects a fresh code only to a registered redirect URI', async () => {
    const registered = await raw({ path: consentPath(REGISTERED_REDIRECT_URI) });
    expect(registered.status).toBe(302);
    expect(String(registered.headers.location)).toMatch(new RegExp(`^${REGISTERED_REDIRECT_URI.replace(/[.?/]/g, '\\$&')}\\?code=code-`));

    const elsewhere = await raw({ path: consentPath('https://attacker.example.com/callback') });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.headers.location).toBeUndefined();
    expect(elsewhere.body).toMatch(/redirect_uri is not registered for this client/);
  });

  it('answers 413 to a body past the cap, without reading it all (declared length)', async () => {
    const { answer, written } = await flood(`Content-Length: ${200 * 1024 * 1024}\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(new RegExp(`larger than ${MAX_BODY_BYTES} bytes`));
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it('answers 413 to a chunked body once it passes the cap', async () => {
    const { answer, written } = await flood('Transfer-Encoding: chunked\r\n');
    // The 413 may be lost to the reset when the sandbox cuts the connection mid-upload; either way it stopped reading.
    expect(answer === '' || /^HTTP\/1\.1 413 /.test(answer)).toBe(true);
    expect(written).toBeGreaterThan(MAX_BODY_BYTES);
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });
});
