import net from 'node:net';
import os from 'node:os';
import { connectApp, pointAppAt, refreshConnection } from '../../sandbox/connect';
import { DEMO, SANDBOX_CLIENT } from '../../sandbox/demo';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { run } from '../helpers';


/** The sandbox's own behaviour: HighLevel's answers for valid and invalid requests, its OAuth, its limits. */

const sandboxes: Sandbox[] = [];
const start = async (options: Parameters<typeof startSandbox>[0] = {}) => {
  const sandbox = await startSandbox(options);
  sandboxes.push(sandbox);
  return sandbox;
};
afterAll(() => Promise.all(sandboxes.map((sandbox) => sandbox.close())));

const bearer = (sandbox: Sandbox, userType: 'Location' | 'Company' = 'Location') => String(sandbox.oauth.issue(sandbox.oauth.callerFor(userType), true).access_token);

const call = async (sandbox: Sandbox, method: string, path: string, options: { token?: string; version?: string; body?: unknown } = {}) => {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: {
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      Version: options.version ?? '2021-07-28',
      ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
};

const tokenRequest = (sandbox: Sandbox, form: Record<string, string>) =>
  fetch(`${sandbox.url}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: SANDBOX_CLIENT.clientId, client_secret: SANDBOX_CLIENT.clientSecret, ...form }).toString(),
  }).then(async (response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> }));

describe('the sandbox speaks HighLevel', () => {
  let sandbox: Sandbox;
  let token: string;
  beforeAll(async () => {
    sandbox = await start({ rateLimit: false });
    token = bearer(sandbox);
  });

  it('answers a valid request from the seeded demo sub-account, wrapped in the spec’s key', async () => {
    const answer = await call(sandbox, 'GET', `/contacts/${DEMO.contactId}`, { token });
    expect(answer.status).toBe(200);
    expect(answer.body.contact).toMatchObject({ id: DEMO.contactId, tags: [DEMO.tag], locationId: DEMO.locationId });
  });

  it('refuses a body the spec does not allow with 422 and a message array', async () => {
    const answer = await call(sandbox, 'POST', '/contacts/', { token, body: { locationId: DEMO.locationId, firstName: 42 } });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({ statusCode: 422, message: ['firstName must be string'], error: 'Unprocessable Entity' });
  });

  it('refuses a missing required body field with 422', async () => {
    const answer = await call(sandbox, 'POST', '/contacts/', { token, body: { firstName: 'No location' } });
    expect(answer.status).toBe(422);
    expect(answer.body.message).toEqual([expect.stringContaining("must have required property 'locationId'")]);
  });

  it('refuses bad parameters with 400: a query parameter the spec does not declare, a wrong Version', async () => {
    const unknownQuery = await call(sandbox, 'GET', `/contacts/${DEMO.contactId}?colour=red`, { token });
    expect(unknownQuery.status).toBe(400);
    expect(unknownQuery.body.message).toMatch(/colour/);
    const wrongVersion = await call(sandbox, 'GET', `/calendars/${DEMO.calendarId}`, { token, version: '2021-07-28' });
    expect(wrongVersion.status).toBe(400);
    expect(wrongVersion.body.message).toMatch(/version.*2021-04-15/);
  });

  it('answers 404 for an unknown id and for a route HighLevel does not have', async () => {
    const unknownId = await call(sandbox, 'GET', '/contacts/NoSuchContact0000000', { token });
    expect(unknownId.status).toBe(404);
    expect(unknownId.body).toMatchObject({ statusCode: 404, message: expect.stringContaining('NoSuchContact0000000') });
    expect((await call(sandbox, 'GET', '/no/such/route', { token })).status).toBe(404);
  });

  it('answers 401 Invalid JWT without a token or with an unknown one', async () => {
    expect(await call(sandbox, 'GET', `/contacts/${DEMO.contactId}`)).toMatchObject({ status: 401, body: { statusCode: 401, message: 'Invalid JWT' } });
    expect(await call(sandbox, 'GET', `/contacts/${DEMO.contactId}`, { token: 'made-up' })).toMatchObject({ status: 401, body: { message: 'Invalid JWT' } });
  });

  it('refuses a sub-account token on an agency-only route, as HighLevel does (401)', async () => {
    const answer = await call(sandbox, 'GET', `/companies/${DEMO.companyId}`, { token });
    expect(answer.status).toBe(401);
    expect(answer.body.message).toMatch(/authClass type is not allowed/);
    expect((await call(sandbox, 'GET', `/companies/${DEMO.companyId}`, { token: bearer(sandbox, 'Company') })).status).toBe(200);
  });

  it('keeps state: a created record is read, changed and listed by the next requests', async () => {
    const created = await call(sandbox, 'POST', '/contacts/', { token, body: { locationId: DEMO.locationId, firstName: 'Kai', email: 'kai@example.com' } });
    expect(created.status).toBe(201);
    const id = String((created.body.contact as { id: string }).id);
    expect((await call(sandbox, 'POST', `/contacts/${id}/tags`, { token, body: { tags: ['new'] } })).body).toEqual({ tags: ['new'], traceId: expect.any(String) });
    const listed = await call(sandbox, 'POST', '/contacts/search', { token, body: { locationId: DEMO.locationId, query: 'kai@example.com' } });
    expect(listed.body.contacts).toEqual([expect.objectContaining({ id, tags: ['new'] })]);
  });
});

describe('OAuth', () => {
  let sandbox: Sandbox;
  let restore: () => void;
  beforeAll(async () => {
    sandbox = await start({ rateLimit: false });
    restore = pointAppAt(sandbox);
  });
  afterAll(() => restore());

  it('connects the app through the consent page and its getAccessToken, for a sub-account and for an agency', async () => {
    const subAccount = await connectApp(sandbox);
    expect(subAccount).toMatchObject({ locationId: DEMO.locationId, companyId: DEMO.companyId, access_token: expect.any(String), refresh_token: expect.any(String) });
    const agency = await connectApp(sandbox, { agency: true });
    expect(agency).toMatchObject({ companyId: DEMO.companyId, account: 'agency' });
    expect(agency.locationId).toBeUndefined();
  });

  it('rotates refresh tokens: the new one works, a used one is refused with 400 invalid_grant', async () => {
    const authData = await connectApp(sandbox);
    const refreshed = await refreshConnection(authData);
    expect(refreshed.refresh_token).not.toBe(authData.refresh_token);
    const reused = await tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token: String(authData.refresh_token), user_type: 'Location' });
    expect(reused).toEqual({ status: 400, body: expect.objectContaining({ statusCode: 400, error: 'invalid_grant' }) });
    expect((await tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token: String(refreshed.refresh_token), user_type: 'Location' })).status).toBe(200);
  });

  it('refuses wrong client credentials', async () => {
    const answer = await tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token: 'x', client_secret: 'wrong' });
    expect(answer.status).toBe(401);
  });

  it('answers 401 Invalid JWT for an expired access token, and the app refreshes and carries on', async () => {
    const expiring = await start({ rateLimit: false, tokenLifetimeSeconds: 0 }); // every token is born expired
    const restoreEnv = pointAppAt(expiring);
    try {
      const stale = String(expiring.oauth.issue(expiring.oauth.callerFor('Location'), true).access_token);
      expect(await call(expiring, 'GET', `/contacts/${DEMO.contactId}`, { token: stale })).toMatchObject({ status: 401, body: { message: 'Invalid JWT' } });
      const authData = { ...(await connectAppWithoutTest(expiring)) };
      await expect(run('triggers', 'get_contact', { contactId: DEMO.contactId }, { authData })).rejects.toMatchObject({ name: 'RefreshAuthError' });
      expiring.oauth.tokenLifetimeSeconds = 3600;
      const refreshed = await refreshConnection(authData);
      const contact = await run<Array<{ id: string }>>('triggers', 'get_contact', { contactId: DEMO.contactId }, { authData: refreshed });
      expect(contact[0]?.id).toContain(DEMO.contactId);
    } finally {
      restoreEnv();
    }
  });
});

/** Tokens for a sandbox whose tokens are born expired: the connection test would (rightly) fail. */
const connectAppWithoutTest = async (sandbox: Sandbox) => {
  const tokens = sandbox.oauth.issue(sandbox.oauth.callerFor('Location'), true);
  return { connectionType: 'Location', ...tokens };
};

describe('limits', () => {
  it('answers 429 with HighLevel’s rate-limit headers past the burst limit of a token', async () => {
    const sandbox = await start({ rateLimit: { requests: 3, windowMs: 60_000 } });
    const token = bearer(sandbox);
    const answers = [];
    for (let index = 0; index < 4; index += 1) answers.push(await call(sandbox, 'GET', `/contacts/${DEMO.contactId}`, { token }));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    const limited = answers[3]!;
    expect(limited.body).toMatchObject({ statusCode: 429 });
    expect(Object.fromEntries(['x-ratelimit-limit-daily', 'x-ratelimit-daily-remaining', 'x-ratelimit-interval-milliseconds', 'x-ratelimit-max', 'x-ratelimit-remaining'].map((name) => [name, limited.headers.get(name)]))).toEqual({
      'x-ratelimit-limit-daily': '200000',
      'x-ratelimit-daily-remaining': '199996',
      'x-ratelimit-interval-milliseconds': '60000',
      'x-ratelimit-max': '3',
      'x-ratelimit-remaining': '0',
    });
    // Another token has its own budget.
    expect((await call(sandbox, 'GET', `/contacts/${DEMO.contactId}`, { token: bearer(sandbox) })).status).toBe(200);
  });

  it('listens on 127.0.0.1 only', async () => {
    const sandbox = await start();
    const { hostname, port } = new URL(sandbox.url);
    expect(hostname).toBe('127.0.0.1');
    const otherAddresses = Object.values(os.networkInterfaces())
      .flat()
      .filter((entry) => entry && entry.family === 'IPv4' && !entry.internal)
      .map((entry) => entry!.address);
    for (const address of otherAddresses) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port: Number(port) }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
      expect({ address, reached }).toEqual({ address, reached: false });
    }
  });
});
