import nock from 'nock';
import type { ZObject } from 'zapier-platform-core';
import { callApi } from '../../src/http/client';
import { apiPath } from '../../src/http/path';
import { refuseRedirect } from '../../src/http/redirects';
import { ACCESS_TOKEN, agencyAuthData, API, appTester, authData, COMPANY_ID, failureOf, LOCATION_ID, sendApi } from '../helpers';

/** The app's request middleware (headers, error mapping) as z.request applies it, and the redirect guard. */

/** z.request made by hand, outside callApi, with the given connection. */
const request = (auth: Record<string, unknown>, url: string) =>
  appTester((async (z: ZObject) => (await z.request({ url })).data) as never, { authData: auth } as never) as Promise<unknown>;


describe('addHighLevelHeaders with an agency connection', () => {
  it('refuses a sub-account route that reached z.request without a location token, naming the path', async () => {
    const error = await failureOf(request(agencyAuthData, `${API}/contacts/c1`));
    // Core adds what it was doing after the message ("What happened: …").
    expect(error.message.split('\n')[0]).toBe('No sub-account token was resolved for /contacts/c1; requests must go through callApi.');
  });

  it('sends the agency token on the routes an agency token may call', async () => {
    const scope = nock(API, { reqheaders: { authorization: `Bearer ${ACCESS_TOKEN}`, version: '2021-07-28' } })
      .get(`/companies/${COMPANY_ID}`)
      .reply(200, { company: { id: COMPANY_ID } })
      .get('/oauth/installedLocations')
      .query({ companyId: COMPANY_ID })
      .reply(200, { locations: [] });
    await expect(request(agencyAuthData, `${API}/companies/${COMPANY_ID}`)).resolves.toEqual({ company: { id: COMPANY_ID } });
    await expect(request(agencyAuthData, `${API}/oauth/installedLocations?companyId=${COMPANY_ID}`)).resolves.toEqual({ locations: [] });
    scope.done();
  });

  it("keeps the location token callApi resolved for the chosen sub-account, not the agency's", async () => {
    const scope = nock(API)
      .post('/oauth/locationToken', `companyId=${COMPANY_ID}&locationId=${LOCATION_ID}`)
      .reply(200, { access_token: 'location-token-77', expires_in: 86399 })
      .get('/contacts/c1')
      .matchHeader('authorization', 'Bearer location-token-77')
      .reply(200, { contact: { id: 'c1' } });
    const bundle = { authData: agencyAuthData, inputData: { subAccount: LOCATION_ID } };
    await expect(sendApi({ method: 'GET', path: apiPath`/contacts/c1` }, bundle)).resolves.toEqual({
      contact: { id: 'c1' },
    });
    scope.done();
  });
});

describe('addHighLevelHeaders: the connection token', () => {
  it.each([
    ['no access token', {}],
    ['an empty access token', { access_token: '' }],
    ['an access token that is not text', { access_token: 12345 }],
  ])('sends no Authorization header for a connection with %s', async (_name, token) => {
    const scope = nock(API, { badheaders: ['authorization'], reqheaders: { version: '2021-07-28', accept: 'application/json' } })
      .get('/contacts/c1')
      .reply(200, { contact: { id: 'c1' } });
    const { access_token: _dropped, ...rest } = authData;
    await expect(request({ ...rest, ...token }, `${API}/contacts/c1`)).resolves.toEqual({ contact: { id: 'c1' } });
    scope.done();
  });
});

describe('mapHighLevelErrors', () => {
  it("leaves a failure from another host to core: a ResponseError, not HighLevel's wording", async () => {
    const scope = nock('https://files.example.com').get('/a.wav').reply(500, 'broken');
    const error = await failureOf(request(authData, 'https://files.example.com/a.wav'));
    expect(error.name).toBe('ResponseError');
    expect(JSON.parse(error.message)).toMatchObject({ status: 500, content: 'broken', request: { url: 'https://files.example.com/a.wav' } });
    expect(error.message).not.toMatch(/HighLevel/);
    scope.done();
  });

  it('maps a failure from HighLevel to its readable error', async () => {
    const scope = nock(API).get('/contacts/c1').reply(404, { statusCode: 404, message: 'Contact not found' });
    const error = await failureOf(request(authData, `${API}/contacts/c1`));
    expect(error.name).toBe('AppError');
    expect(JSON.parse(error.message)).toMatchObject({ status: 404 });
    expect(error.message).toMatch(/could not find it \(HTTP 404\): Contact not found/);
    scope.done();
  });
});

describe('refuseRedirect', () => {
  it.each([300, 301, 302, 307, 399])('refuses HTTP %s as an UnexpectedRedirect naming the request', (status) => {
    let caught: Error | undefined;
    try {
      refuseRedirect({ status }, 'token');
    } catch (error) {
      caught = error as Error;
    }
    expect(caught?.name).toBe('AppError');
    expect(JSON.parse(String(caught?.message))).toEqual({
      message: `HighLevel answered the token request with a redirect (HTTP ${status}). The app does not follow redirects on this request, so no credential is sent elsewhere. Try again later; if it keeps happening, check HIGHLEVEL_API_BASE_URL.`,
      code: 'UnexpectedRedirect',
      status,
    });
  });

  it.each([200, 204, 299, 400, 500])('lets HTTP %s through', (status) => {
    expect(() => refuseRedirect({ status }, 'token')).not.toThrow();
  });

  it('a redirected location-token request fails the step before any sub-account request is sent', async () => {
    const scope = nock(API).post('/oauth/locationToken').reply(302, '', { Location: 'https://evil.example.com/steal' });
    const bundle = { authData: agencyAuthData, inputData: { subAccount: LOCATION_ID } };
    const error = await failureOf(sendApi({ method: 'GET', path: apiPath`/contacts/c1` }, bundle));
    expect(JSON.parse(error.message)).toMatchObject({ code: 'UnexpectedRedirect', status: 302 });
    expect(error.message).toMatch(/the sub-account token request with a redirect \(HTTP 302\)/);
    scope.done();
  });
});
