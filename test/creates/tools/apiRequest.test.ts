import nock from 'nock';
import { ACCESS_TOKEN, agencyAuthData, API, highLevel, LOCATION_ID, REFRESH_TOKEN, run } from '../../helpers';

const SUB_ACCOUNT = 'loc_Agency001';
const LOCATION_TOKEN = 'location-token-for-loc-agency-001';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJsb2NhdGlvbklkIjoieCJ9.c2lnbmF0dXJlLXZhbHVl';

describe('api_request (API Request (Beta))', () => {
  it('sends method, path and query with the bearer token and the Version of the service, and returns the answer whole', async () => {
    const scope = highLevel()
      .get('/contacts/c1')
      .query({ include: 'tags', limit: '5' })
      .reply(200, { contact: { id: 'c1', email: 'a@b.co' }, traceId: 't1' });
    await expect(run('creates', 'api_request', { method: 'GET', path: '/contacts/c1', query: { include: 'tags', limit: 5 } })).resolves.toEqual({
      contact: { id: 'c1', email: 'a@b.co' },
      traceId: 't1',
    });
    scope.done();
  });

  it('uses 2021-04-15 on calendars, sends a JSON body, fills {locationId} and adds the sub-account where asked', async () => {
    const calendars = highLevel('2021-04-15').post('/calendars/groups', { name: 'Sales', locationId: LOCATION_ID }).reply(201, { group: { id: 'g1' } });
    await expect(run('creates', 'api_request', { method: 'POST', path: 'calendars/groups', body: '{"name":"Sales"}', addSubAccount: 'body' })).resolves.toEqual({
      group: { id: 'g1' },
    });
    calendars.done();
    const values = highLevel().get(`/locations/${LOCATION_ID}/customValues`).query({ locationId: LOCATION_ID }).reply(200, [{ id: 'v1' }, { id: 'v2' }]);
    await expect(run('creates', 'api_request', { method: 'GET', path: '/locations/{locationId}/customValues', addSubAccount: 'query' })).resolves.toEqual({
      items: [{ id: 'v1' }, { id: 'v2' }],
    });
    values.done();
  });

  it.each([
    'https://evil.example.com/contacts',
    'http://services.leadconnectorhq.com.evil.example/contacts',
    '//evil.example.com/contacts',
    'evil.example.com/contacts',
    'javascript:alert(1)',
    '/contacts/../oauth/token',
    '/contacts/%2e%2e/oauth/token',
    '/contacts/%252e%252e/oauth/token',
    '/contacts/.%2E/x',
    '/contacts/%2F%2Fevil.example.com',
    '/contacts\\..\\oauth',
    '/contacts/%5c..%5cx',
    '/oauth/token',
    '/OAuth/locationToken',
    '/%6fauth/token',
    'oauth/installedLocations',
    '/contacts?access_token=x',
    '/contacts#frag',
    '/contacts/@evil.example.com',
    '//contacts',
    '/contacts//x',
    '/contacts/%ZZ',
    '/contacts/\n/x',
    '/contacts/{contactId}',
  ])('refuses the path %j before any request', async (path) => {
    const anything = nock(/.*/).get(/.*/).reply(200, {}).post(/.*/).reply(200, {});
    await expect(run('creates', 'api_request', { method: 'GET', path })).rejects.toThrow(/Path \(path\)/);
    expect(anything.isDone()).toBe(false);
  });

  it('refuses a body that is not JSON, a GET body and an unknown method before any request', async () => {
    await expect(run('creates', 'api_request', { method: 'POST', path: '/contacts/', body: '{name: x}' })).rejects.toThrow(/Body \(body\): expected JSON/);
    await expect(run('creates', 'api_request', { method: 'POST', path: '/contacts/', body: '42' })).rejects.toThrow(/Body \(body\): expected a JSON object or array/);
    await expect(run('creates', 'api_request', { method: 'GET', path: '/contacts/', body: '{}' })).rejects.toThrow(/a GET request has no body/);
    await expect(run('creates', 'api_request', { method: 'TRACE', path: '/contacts/' })).rejects.toThrow(/Method \(method\): expected one of: GET, POST, PUT, PATCH, DELETE/);
  });

  it('maps HighLevel errors like every step, without the token HighLevel echoes', async () => {
    const scope = highLevel()
      .put('/contacts/c1', { foo: 1 })
      .reply(422, { statusCode: 422, message: [`property foo should not exist (token ${ACCESS_TOKEN})`] });
    const failure = run('creates', 'api_request', { method: 'PUT', path: '/contacts/c1', body: '{"foo":1}' });
    await expect(failure).rejects.toThrow(/HighLevel rejected the request \(HTTP 422\): property foo should not exist/);
    await expect(failure).rejects.not.toThrow(new RegExp(ACCESS_TOKEN));
    scope.done();
  });

  it('scrubs tokens and credentials from the answer', async () => {
    const scope = highLevel()
      .get('/oops')
      .reply(200, {
        echo: `Bearer ${ACCESS_TOKEN}`,
        note: `refresh with ${REFRESH_TOKEN}`,
        nested: [{ access_token: 'anything', jwt: JWT, password: 'hunter2' }],
        kept: 'plain text',
      });
    const answer = await run('creates', 'api_request', { method: 'GET', path: '/oops' });
    const text = JSON.stringify(answer);
    for (const secret of [ACCESS_TOKEN, REFRESH_TOKEN, JWT, 'hunter2', 'anything']) expect(text).not.toContain(secret);
    expect(answer).toEqual({
      echo: 'Bearer [hidden]',
      note: 'refresh with [hidden]',
      nested: [{ access_token: '[hidden]', jwt: '[hidden]', password: '[hidden]' }],
      kept: 'plain text',
    });
    scope.done();
  });

  it("with an agency connection: the sub-account's location token, never echoed back", async () => {
    const exchange = nock(API, { reqheaders: { authorization: `Bearer ${ACCESS_TOKEN}` } })
      .post('/oauth/locationToken')
      .reply(200, { access_token: LOCATION_TOKEN, expires_in: 86399 });
    const call = nock(API, { reqheaders: { authorization: `Bearer ${LOCATION_TOKEN}`, version: '2021-07-28' } })
      .get(`/locations/${SUB_ACCOUNT}/tags`)
      .reply(200, { tags: [{ id: 't1', name: 'vip' }], seen: `token ${LOCATION_TOKEN}` });
    await expect(
      run('creates', 'api_request', { method: 'GET', path: '/locations/{locationId}/tags', subAccount: SUB_ACCOUNT }, { authData: agencyAuthData }),
    ).resolves.toEqual({ tags: [{ id: 't1', name: 'vip' }], seen: 'token [hidden]' });
    exchange.done();
    call.done();
  });
});
