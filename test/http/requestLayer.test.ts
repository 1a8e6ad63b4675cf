import nock from 'nock';
import type { ZObject } from 'zapier-platform-core';
import { type ApiRequest } from '../../src/http/client';
import { apiPath } from '../../src/http/path';
import { ACCESS_TOKEN, API, appTester, authData, failureOf, REFRESH_TOKEN, sendApi } from '../helpers';

const send = (request: ApiRequest) => sendApi(request);
const get = (path: ReturnType<typeof apiPath>) => send({ method: 'GET', path });


describe('the request layer', () => {
  it.each([
    ['/contacts/c1', '2021-07-28'],
    ['/opportunities/pipelines', '2021-07-28'],
    ['/calendars/', '2021-04-15'],
    ['/calendars/events/appointments/e1', '2021-04-15'],
    ['/conversations/search', '2021-04-15'],
    ['/locations/l1/customFields', '2021-07-28'],
  ])('sends %s with the bearer token and Version %s', async (path, version) => {
    const scope = nock(API, { reqheaders: { authorization: `Bearer ${ACCESS_TOKEN}`, version, accept: 'application/json' } })
      .get(path)
      .reply(200, { ok: true });
    await expect(get(path as ReturnType<typeof apiPath>)).resolves.toEqual({ ok: true });
    scope.done();
  });

  it('encodes every id as one path segment, so no input can reach another endpoint', async () => {
    const hostile = '../../oauth/token?x=1#';
    const scope = nock(API).get('/contacts/..%2F..%2Foauth%2Ftoken%3Fx%3D1%23/notes').reply(200, { notes: [] });
    await expect(get(apiPath`/contacts/${hostile}/notes`)).resolves.toEqual({ notes: [] });
    scope.done();
    expect(() => apiPath`/contacts/${'..'}`).toThrow(/The id .. is not allowed: an id cannot be a single or double dot/);
    expect(() => apiPath`/contacts/${'  '}`).toThrow(/empty/);
  });

  it('drops empty query values and sends JSON bodies with a JSON content type', async () => {
    const scope = nock(API, { reqheaders: { 'content-type': 'application/json' } })
      .post('/contacts/search', { locationId: 'l1', pageLimit: 1 })
      .query({ keep: 'yes', list: ['a', 'b'] })
      .reply(201, { contacts: [] });
    await expect(
      send({ method: 'POST', path: apiPath`/contacts/search`, query: { keep: 'yes', empty: '', none: undefined, list: ['a', 'b'] }, body: { locationId: 'l1', pageLimit: 1, unset: undefined } }),
    ).resolves.toEqual({ contacts: [] });
    scope.done();
  });

  it('returns {} for an empty success body (204)', async () => {
    nock(API).delete('/contacts/c1').reply(204);
    await expect(send({ method: 'DELETE', path: apiPath`/contacts/c1` })).resolves.toEqual({});
  });

  describe('maps HighLevel failures to readable errors', () => {
    it.each([
      [400, { statusCode: 400, message: 'Bad Request: email is invalid' }, /HighLevel rejected the request \(HTTP 400\): Bad Request: email is invalid/],
      [422, { statusCode: 422, message: ['email must be an email', 'phone is too long'], error: 'Unprocessable Entity' }, /\(HTTP 422\): email must be an email; phone is too long/],
      [403, { statusCode: 403, message: 'The token does not have access to this location.' }, /denied access \(HTTP 403\): The token does not have access to this location\..*permission \(scope\)/],
      [404, { statusCode: 404, message: 'Contact not found' }, /could not find it \(HTTP 404\): Contact not found/],
      [500, { statusCode: 500, message: 'Internal server error', traceId: 'tr-1' }, /HighLevel failed to answer \(HTTP 500\): Internal server error \(HighLevel trace id tr-1\).*can be retried/],
      [502, '<html><body>Bad gateway</body></html>', /\(HTTP 502\): HighLevel answered with a web page instead of data/],
      [503, '', /HighLevel failed to answer \(HTTP 503\)\. This is on HighLevel's side/],
      [400, '{"statusCode":400,"mess', /\(HTTP 400\): HighLevel answered with an incomplete or malformed response/],
    ])('HTTP %s', async (status, body, expected) => {
      nock(API).get('/contacts/c1').reply(status, body as never);
      const error = await failureOf(get(apiPath`/contacts/c1`));
      expect(error.message).toMatch(expected);
      expect(error.message).toContain(`"status":${status}`);
      expect(error.name).not.toBe('TypeError');
      expect(error.message).not.toMatch(/Unexpected token|JSON\.parse|is not valid JSON/);
    });

    it('429 becomes a ThrottledError with Retry-After as the delay', async () => {
      nock(API).get('/contacts/c1').reply(429, { message: 'Too many requests' }, { 'Retry-After': '7' });
      const error = await failureOf(get(apiPath`/contacts/c1`));
      expect(error.name).toBe('ThrottledError');
      expect(JSON.parse(error.message)).toMatchObject({ delay: 7 });
    });

    it("429 without Retry-After waits for HighLevel's rate-limit window", async () => {
      nock(API).get('/contacts/c1').reply(429, { message: 'Too many requests' }, { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Interval-Milliseconds': '10000', 'X-RateLimit-Max': '100' });
      const error = await failureOf(get(apiPath`/contacts/c1`));
      expect(error.name).toBe('ThrottledError');
      expect(JSON.parse(error.message)).toMatchObject({ delay: 10 });
    });

    it('a 401 is handed to autoRefresh (RefreshAuthError), not shown as a failure', async () => {
      nock(API).get('/contacts/c1').reply(401, { statusCode: 401, message: 'Invalid JWT' });
      const error = await failureOf(get(apiPath`/contacts/c1`));
      expect(error.name).toBe('RefreshAuthError');
    });

    it('a 2xx body that is not JSON is a readable error, not a parse error', async () => {
      nock(API).get('/contacts/c1').reply(200, '<html>maintenance</html>', { 'Content-Type': 'text/html' });
      const error = await failureOf(get(apiPath`/contacts/c1`));
      expect(error.message).toMatch(/not JSON \(text\/html\)/);
    });

    it('never puts tokens or the client secret in an error', async () => {
      nock(API).get('/contacts/c1').reply(500, { message: 'boom' });
      const error = await failureOf(get(apiPath`/contacts/c1`));
      expect(error.message + String(error.stack)).not.toMatch(new RegExp(`${ACCESS_TOKEN}|${REFRESH_TOKEN}|test-client-secret-value`));
    });
  });

  it('sends nothing of ours to other hosts (file downloads)', async () => {
    const scope = nock('https://files.example.com', { badheaders: ['authorization', 'version'] }).get('/a.wav').reply(200, 'RIFF');
    const content = await appTester((async (z: ZObject) => (await z.request({ url: 'https://files.example.com/a.wav' })).content) as never, { authData } as never);
    expect(content).toBe('RIFF');
    scope.done();
  });
});
