import nock from 'nock';
import { type ApiRequest } from '../../src/http/client';
import { apiBaseUrl, marketplaceBaseUrl } from '../../src/http/config';
import { apiPath } from '../../src/http/path';
import { API, authData, failureOf, highLevel, run, sendApi } from '../helpers';

/** Issue 15, the request layer: mapped text that looks like a template, environment overrides, hostile answers. */

const send = (request: ApiRequest) => sendApi(request);


describe('15.5 {{…}} in mapped text is sent as the literal text', () => {
  const PASSWORD = 'S3cret{{bundle.authData.access_token}}!';

  it('Create User sends a password holding {{bundle.…}} as typed, and nothing fails', async () => {
    const scope = highLevel()
      .post('/users/', (body: Record<string, unknown>) => body.password === PASSWORD && body.firstName === 'Ada {{process.env.CLIENT_SECRET}}')
      .reply(201, { id: 'u1', firstName: 'Ada', lastName: 'L', email: 'ada@example.com' });
    const result = await run<Record<string, unknown>>('creates', 'create_user', {
      firstName: 'Ada {{process.env.CLIENT_SECRET}}',
      lastName: 'L',
      email: 'ada@example.com',
      password: PASSWORD,
      type: 'account',
      role: 'user',
    });
    expect(result.id).toBe('u1');
    scope.done();
  });

  it('query values and form bodies holding {{…}} travel encoded, as typed', async () => {
    const scope = nock(API)
      .get('/contacts/')
      .query({ query: '{{bundle.inputData.x}}', list: ['{{process.env.A}}', 'b'] })
      .reply(200, { contacts: [] })
      .post('/oauth/x', 'note=%7B%7Bbundle.authData.refresh_token%7D%7D')
      .reply(200, { ok: true });
    await expect(send({ method: 'GET', path: apiPath`/contacts/`, query: { query: '{{bundle.inputData.x}}', list: ['{{process.env.A}}', 'b'] } })).resolves.toEqual({ contacts: [] });
    await expect(send({ method: 'POST', path: apiPath`/oauth/x`, body: { note: '{{bundle.authData.refresh_token}}' }, encoding: 'form' })).resolves.toEqual({ ok: true });
    scope.done();
  });

  it('the JSON sent decodes to exactly the nested text the user mapped, braces and all', async () => {
    let raw = '';
    const body = { a: '{{{bundle.x}}}', b: ['{{ process.y }}'], c: { d: '{{}}' } };
    const scope = nock(API)
      .post('/contacts/', (sent: unknown) => {
        raw = JSON.stringify(sent);
        return true;
      })
      .reply(201, { contact: { id: 'c1' } });
    await send({ method: 'POST', path: apiPath`/contacts/`, body });
    expect(JSON.parse(raw)).toEqual(body);
    scope.done();
  });
});

describe('15.8 environment overrides: https and HighLevel hosts only, loopback only when testing locally', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of ['HIGHLEVEL_API_BASE_URL', 'HIGHLEVEL_MARKETPLACE_URL', 'HIGHLEVEL_LOCAL_TESTING']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it.each([
    ['http://services.leadconnectorhq.com', /HIGHLEVEL_API_BASE_URL is not allowed \(not https\)/],
    ['javascript:alert(1)', /HIGHLEVEL_API_BASE_URL is not allowed \(not https\)/],
    ['https://evil.example.com', /HIGHLEVEL_API_BASE_URL is not allowed \(evil\.example\.com is not a HighLevel host\)/],
    ['https://leadconnectorhq.com.evil.io', /not a HighLevel host/],
    ['https://user:pw@services.leadconnectorhq.com', /no credentials, query or fragment/],
    ['http://127.0.0.1:4646', /a local URL needs HIGHLEVEL_LOCAL_TESTING=true/],
    ['not a url', /not a URL/],
  ])('refuses HIGHLEVEL_API_BASE_URL=%s, naming the setting', (value, expected) => {
    delete process.env.HIGHLEVEL_LOCAL_TESTING;
    process.env.HIGHLEVEL_API_BASE_URL = value;
    expect(() => apiBaseUrl()).toThrow(expected);
  });

  it('refuses a bad HIGHLEVEL_MARKETPLACE_URL by name, and a non-loopback host even when testing locally', () => {
    process.env.HIGHLEVEL_MARKETPLACE_URL = 'http://marketplace.gohighlevel.com';
    expect(() => marketplaceBaseUrl()).toThrow(/HIGHLEVEL_MARKETPLACE_URL is not allowed \(not https\)/);
    process.env.HIGHLEVEL_LOCAL_TESTING = 'true';
    process.env.HIGHLEVEL_API_BASE_URL = 'http://10.0.0.5:4646';
    expect(() => apiBaseUrl()).toThrow(/HIGHLEVEL_API_BASE_URL is not allowed \(not https\)/);
  });

  it('accepts HighLevel hosts over https, and loopback with the local-testing switch', () => {
    delete process.env.HIGHLEVEL_LOCAL_TESTING;
    process.env.HIGHLEVEL_API_BASE_URL = 'https://services.leadconnectorhq.com/';
    expect(apiBaseUrl()).toBe('https://services.leadconnectorhq.com');
    process.env.HIGHLEVEL_MARKETPLACE_URL = 'https://marketplace.gohighlevel.com';
    expect(marketplaceBaseUrl()).toBe('https://marketplace.gohighlevel.com');
    process.env.HIGHLEVEL_LOCAL_TESTING = 'true';
    for (const local of ['http://127.0.0.1:4646', 'http://localhost:8080', 'http://[::1]:9000']) {
      process.env.HIGHLEVEL_API_BASE_URL = local;
      expect(apiBaseUrl()).toBe(local);
    }
  });

  it('no request leaves for a refused host: the step fails with the setting named', async () => {
    delete process.env.HIGHLEVEL_LOCAL_TESTING;
    process.env.HIGHLEVEL_API_BASE_URL = 'http://attacker.example.com';
    const error = await failureOf(send({ method: 'GET', path: apiPath`/contacts/c1` }));
    expect(error.message).toMatch(/HIGHLEVEL_API_BASE_URL is not allowed/);
  });
});

describe('15.11 hostile answers at the request layer', () => {
  it.each([
    ['null', 'null', /with null where an object or a list was expected/],
    ['a string', '"x"', /with a bare string where an object or a list was expected/],
    ['a number', '42', /with a bare number/],
    ['a boolean', 'true', /with a bare boolean/],
  ])('a 200 whose JSON is %s is a readable error naming the endpoint', async (_name, body, expected) => {
    nock(API).get('/contacts/c1').reply(200, body, { 'Content-Type': 'application/json' });
    const error = await failureOf(send({ method: 'GET', path: apiPath`/contacts/c1` }));
    expect(error.message).toMatch(/HighLevel answered GET \/contacts\/c1/);
    expect(error.message).toMatch(expected);
    expect(error.name).not.toBe('TypeError');
  });

  it('an operation answered with JSON null fails readably instead of with a TypeError', async () => {
    highLevel().get('/contacts/c1').reply(200, 'null', { 'Content-Type': 'application/json' });
    const error = await failureOf(run('triggers', 'get_contact', { contactId: 'c1' }));
    expect(error.message).toMatch(/HighLevel answered GET \/contacts\/c1 with null/);
  });

  it('20,000-level nesting is a readable error, not a RangeError', async () => {
    const depth = 20_000;
    const body = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    nock(API).get('/contacts/c1').reply(200, body, { 'Content-Type': 'application/json' });
    const error = await failureOf(send({ method: 'GET', path: apiPath`/contacts/c1` }));
    expect(error.name).not.toBe('RangeError');
    expect(error.message).toMatch(/HighLevel answered GET \/contacts\/c1 with data nested deeper than 64 levels/);
  });

  it('a lone surrogate in an id is an input error, not a raw URIError', () => {
    expect(() => apiPath`/contacts/${'ab\uD83D'}`).toThrow(/Invalid input\. The id \\+"ab\\+ud83d\\+" contains a broken character/);
  });

  it('a lone surrogate in a query or a JSON body is sent as U+FFFD, the rest as typed', async () => {
    const scope = nock(API)
      .post('/contacts/', { firstName: 'Ann\uFFFD', tags: ['\uFFFDx', '😀'] })
      .query({ q: 'a\uFFFD' })
      .reply(201, { contact: { id: 'c1' } });
    await expect(
      send({ method: 'POST', path: apiPath`/contacts/`, query: { q: 'a\uD800' }, body: { firstName: 'Ann\uD83D', tags: ['\uDE00x', '😀'] } }),
    ).resolves.toEqual({ contact: { id: 'c1' } });
    scope.done();
  });
});
