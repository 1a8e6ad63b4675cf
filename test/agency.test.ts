import nock from 'nock';
import App from '../index';
import { authorizeUrl, getAccessToken, refreshAccessToken } from '../src/authentication';
import { locationTokenCacheKey } from '../src/http/locationToken';
import { AGENCY_SCOPES, EXTENSION_SCOPES, SCOPES } from '../src/scopes';
import { ACCESS_TOKEN, agencyAuthData, API, appTester, authData, COMPANY_ID, operationOf, REFRESH_TOKEN, run } from './helpers';

/** Agency connections: one company token, a Sub-account input on each location-scoped step, location tokens minted and cached. */

const form = (body: unknown): Record<string, string> =>
  Object.fromEntries(new URLSearchParams(typeof body === 'string' ? body : (body as Record<string, string>)));
const SUB_ACCOUNT = 'loc_Agency001';
const LOCATION_TOKEN = 'location-token-for-loc-agency-001';

type Field = { key: string; required?: boolean; dynamic?: string; altersDynamicFields?: boolean };
type FieldSource = Field | ((z: unknown, bundle: unknown) => Field[] | Promise<Field[]>);

/** The input fields Zapier would show, functions resolved with this connection. */
const shownFields = async (kind: 'triggers' | 'creates' | 'searches', key: string, connection: Record<string, unknown>): Promise<Field[]> => {
  const sources = (operationOf(kind, key).inputFields ?? []) as FieldSource[];
  const first = sources[0];
  if (typeof first !== 'function') return sources as Field[];
  const resolved = (await appTester(first as never, { authData: connection, inputData: {} } as never)) as Field[];
  return [...resolved, ...(sources.slice(1) as Field[])];
};

/** A location token exchange answered once, recording what was sent. */
const locationTokenExchange = (seen: Array<{ body: Record<string, string>; headers: Record<string, unknown> }>, times = 1) =>
  nock(API)
    .post('/oauth/locationToken')
    .times(times)
    .reply(function (_uri, body) {
      seen.push({ body: form(body), headers: this.req.headers });
      return [200, { access_token: LOCATION_TOKEN, token_type: 'Bearer', expires_in: 86399, locationId: SUB_ACCOUNT, userId: 'user_Agency1' }];
    });

describe('agency connection: OAuth', () => {
  it('asks for the connection type before the redirect, one sub-account by default', () => {
    const field = (App.authentication!.fields ?? []).find((entry) => entry.key === 'connectionType');
    expect(field).toMatchObject({ required: true, default: 'Location', choices: { Location: expect.any(String), Company: expect.any(String) } });
    expect(field?.computed).toBeUndefined();
  });

  it('adds oauth.readonly and oauth.write to the scopes of an agency connection only', async () => {
    const scopeOf = async (connectionType?: string) =>
      new URL(await appTester(authorizeUrl as never, { inputData: { state: 's', redirect_uri: 'https://r/', connectionType } } as never)).searchParams.get('scope');
    expect(await scopeOf('Company')).toBe([...SCOPES, ...EXTENSION_SCOPES, 'oauth.readonly', 'oauth.write'].join(' '));
    const subAccountScopes = [...SCOPES, ...EXTENSION_SCOPES].filter((scope) => !['companies.readonly', 'snapshots.readonly', 'locations.write'].includes(scope));
    expect(await scopeOf('Location')).toBe(subAccountScopes.join(' '));
    expect(await scopeOf(undefined)).toBe(subAccountScopes.join(' '));
    expect(AGENCY_SCOPES).toEqual(['oauth.readonly', 'oauth.write']);
  });

  it('requests a Company token and keeps no location id', async () => {
    let body: Record<string, string> = {};
    const scope = nock(API)
      .post('/oauth/token', (raw) => {
        body = form(raw);
        return true;
      })
      .reply(200, { access_token: 'agency-access', refresh_token: 'agency-refresh', expires_in: 86399, userType: 'Company', companyId: COMPANY_ID, userId: 'user_Agency1' });

    const result = await appTester(getAccessToken as never, { inputData: { code: 'c0de', redirect_uri: 'https://r/', connectionType: 'Company' } } as never);

    expect(body).toMatchObject({ grant_type: 'authorization_code', code: 'c0de', user_type: 'Company' });
    expect(result).toEqual({ access_token: 'agency-access', refresh_token: 'agency-refresh', expires_in: 86399, account: 'agency', companyId: COMPANY_ID, userId: 'user_Agency1' });
    scope.done();
  });

  it('refreshes an agency token as a Company token and keeps the new refresh token and the company', async () => {
    let body: Record<string, string> = {};
    const scope = nock(API)
      .post('/oauth/token', (raw) => {
        body = form(raw);
        return true;
      })
      .reply(200, { access_token: 'agency-access-2', refresh_token: 'agency-refresh-2', expires_in: 86399, userType: 'Company' });

    const result = await appTester(refreshAccessToken as never, { authData: agencyAuthData } as never);

    expect(body).toMatchObject({ grant_type: 'refresh_token', refresh_token: REFRESH_TOKEN, user_type: 'Company' });
    expect(result).toEqual({ access_token: 'agency-access-2', refresh_token: 'agency-refresh-2', expires_in: 86399, account: 'agency', companyId: COMPANY_ID, userId: 'user_Agency1' });
    scope.done();
  });

  it('tests an agency connection on its company and labels it with the agency name', async () => {
    const scope = nock(API, { reqheaders: { authorization: `Bearer ${ACCESS_TOKEN}`, version: '2021-07-28' } })
      .get(`/companies/${COMPANY_ID}`)
      .reply(200, { company: { id: COMPANY_ID, name: 'Rivera Agency' } });
    const result = await appTester(App.authentication!.test as never, { authData: agencyAuthData } as never);
    expect(result).toEqual({ id: COMPANY_ID, companyId: COMPANY_ID, name: 'Rivera Agency (agency)' });
    scope.done();
  });
});

describe('agency connection: the Sub-account input', () => {
  it('is the first, required input of location-scoped steps with an agency connection, filled from installed locations', async () => {
    for (const [kind, key] of [
      ['creates', 'create_contact'],
      ['triggers', 'search_contacts'],
      ['searches', 'find_contact'],
      ['creates', 'update_user'],
    ] as const) {
      const [first] = await shownFields(kind, key, agencyAuthData);
      expect(first).toMatchObject({ key: 'subAccount', required: true, dynamic: 'dropdown_sub_accounts.id.name', altersDynamicFields: true });
    }
  });

  it('is absent with a sub-account connection: nothing changes for the user', async () => {
    for (const [kind, key] of [
      ['creates', 'create_contact'],
      ['triggers', 'search_contacts'],
      ['searches', 'find_contact'],
    ] as const) {
      const keys = (await shownFields(kind, key, authData)).map((field) => field.key);
      expect(keys).not.toContain('subAccount');
    }
  });

  it('is absent from agency-level steps and hidden dropdowns', async () => {
    for (const [kind, key] of [
      ['triggers', 'get_company'],
      ['creates', 'create_location'],
      ['triggers', 'list_snapshots'],
      ['triggers', 'find_users_by_email'],
      ['triggers', 'list_locations'],
      ['searches', 'get_location'],
      ['triggers', 'dropdown_users'],
    ] as const) {
      const keys = (await shownFields(kind, key, agencyAuthData)).map((field) => field.key);
      expect(keys).not.toContain('subAccount');
    }
  });

  it('lists the sub-accounts the app is installed on (GET /oauth/installedLocations with the agency token)', async () => {
    process.env.HIGHLEVEL_APP_ID = 'app_123';
    try {
      const scope = nock(API, { reqheaders: { authorization: `Bearer ${ACCESS_TOKEN}`, version: '2021-07-28' } })
        .get('/oauth/installedLocations')
        .query({ companyId: COMPANY_ID, appId: 'app_123', isInstalled: 'true', skip: '100', limit: '100' })
        .reply(200, { locations: [{ _id: SUB_ACCOUNT, name: 'Rivera Austin', address: '1 Main St', isInstalled: true }], count: 101 });
      const result = await run('triggers', 'dropdown_sub_accounts', { subAccount: 'anything-chosen-before' }, { authData: agencyAuthData, meta: { page: 1 } });
      expect(result).toEqual([{ id: SUB_ACCOUNT, _id: SUB_ACCOUNT, name: 'Rivera Austin — 1 Main St', address: '1 Main St', isInstalled: true }]);
      scope.done();
    } finally {
      delete process.env.HIGHLEVEL_APP_ID;
    }
  });

  it('takes the marketplace app id from the client id when HIGHLEVEL_APP_ID is not set', async () => {
    const previous = process.env.CLIENT_ID;
    process.env.CLIENT_ID = '6566a1b2c3d4e5f60718293a-lq2x3y4z';
    try {
      const scope = nock(API).get('/oauth/installedLocations').query((query) => query.appId === '6566a1b2c3d4e5f60718293a').reply(200, { locations: [] });
      await expect(run('triggers', 'dropdown_sub_accounts', {}, { authData: agencyAuthData })).resolves.toEqual([]);
      scope.done();
    } finally {
      process.env.CLIENT_ID = previous;
    }
  });
});

describe('agency connection: location tokens', () => {
  it('exchanges the agency token for the chosen sub-account, sends the location token, and caches it', async () => {
    const seen: Array<{ body: Record<string, string>; headers: Record<string, unknown> }> = [];
    const exchange = locationTokenExchange(seen);
    const contacts = nock(API, { reqheaders: { authorization: `Bearer ${LOCATION_TOKEN}`, version: '2021-07-28' } })
      .get(`/contacts/c1`)
      .times(2)
      .reply(200, { contact: { id: 'c1', firstName: 'Ana', locationId: SUB_ACCOUNT } });

    const first = await run('searches', 'find_contact', { subAccount: SUB_ACCOUNT, contactId: 'c1' }, { authData: agencyAuthData });
    const second = await run('searches', 'find_contact', { subAccount: SUB_ACCOUNT, contactId: 'c1' }, { authData: agencyAuthData });

    expect(first).toEqual([expect.objectContaining({ id: 'c1', firstName: 'Ana' })]);
    expect(second).toEqual(first);
    expect(seen).toHaveLength(1); // the second run used the cached token
    expect(seen[0]?.body).toEqual({ companyId: COMPANY_ID, locationId: SUB_ACCOUNT });
    expect(seen[0]?.headers).toMatchObject({ authorization: `Bearer ${ACCESS_TOKEN}`, version: '2021-07-28', 'content-type': 'application/x-www-form-urlencoded' });
    const cache = (appTester as unknown as { zcacheTestObj: Record<string, string> }).zcacheTestObj;
    expect(Object.keys(cache)).toEqual([locationTokenCacheKey(ACCESS_TOKEN, SUB_ACCOUNT)]);
    expect(Object.keys(cache)[0]).not.toContain(ACCESS_TOKEN);
    exchange.done();
    contacts.done();
  });

  it('puts the chosen sub-account where the location id goes (query, body)', async () => {
    locationTokenExchange([]);
    const scope = nock(API, { reqheaders: { authorization: `Bearer ${LOCATION_TOKEN}` } })
      .get('/campaigns/')
      .query({ locationId: SUB_ACCOUNT })
      .reply(200, { campaigns: [{ id: 'camp1', name: 'Spring', status: 'published' }] });
    await expect(run('triggers', 'list_campaigns', { subAccount: SUB_ACCOUNT }, { authData: agencyAuthData })).resolves.toEqual([
      expect.objectContaining({ id: 'camp1' }),
    ]);
    scope.done();
  });

  it('creates a contact in the chosen sub-account (locationId in the body) with its location token', async () => {
    locationTokenExchange([]);
    const scope = nock(API, { reqheaders: { authorization: `Bearer ${LOCATION_TOKEN}` } })
      .post('/contacts/', { locationId: SUB_ACCOUNT, email: 'ana@example.com' })
      .reply(201, { contact: { id: 'c9', email: 'ana@example.com', locationId: SUB_ACCOUNT } });
    await expect(run('creates', 'create_contact', { subAccount: SUB_ACCOUNT, email: 'ana@example.com' }, { authData: agencyAuthData })).resolves.toMatchObject({
      id: 'c9',
    });
    scope.done();
  });

  it('keeps the sub-account in the file reference of a call recording, so the hydrator can mint its token', async () => {
    locationTokenExchange([]);
    nock(API, { reqheaders: { authorization: `Bearer ${LOCATION_TOKEN}` } })
      .get(`/conversations/messages/m1/locations/${SUB_ACCOUNT}/recording`)
      .reply(200, 'RIFF', { 'content-type': 'audio/x-wav', 'content-length': '4' });
    const [item] = await run<Array<{ file: string }>>('triggers', 'get_message_recording', { subAccount: SUB_ACCOUNT, messageId: 'm1' }, { authData: agencyAuthData });
    expect(item?.file).toContain(`"subAccount":"${SUB_ACCOUNT}"`);
  });

  it('mints a new location token after the agency token is refreshed (the cache key follows the agency token)', async () => {
    const seen: Array<{ body: Record<string, string>; headers: Record<string, unknown> }> = [];
    locationTokenExchange(seen, 2);
    nock(API).get('/campaigns/').query(true).times(2).reply(200, { campaigns: [] });
    await run('triggers', 'list_campaigns', { subAccount: SUB_ACCOUNT }, { authData: agencyAuthData });
    await run('triggers', 'list_campaigns', { subAccount: SUB_ACCOUNT }, { authData: { ...agencyAuthData, access_token: 'refreshed-agency-token' } });
    expect(seen.map((entry) => entry.headers.authorization)).toEqual([`Bearer ${ACCESS_TOKEN}`, 'Bearer refreshed-agency-token']);
  });

  it('explains that the app must be installed on a sub-account HighLevel refuses', async () => {
    nock(API).post('/oauth/locationToken').reply(400, { statusCode: 400, message: 'Location not found or app not installed' });
    const error = await run('triggers', 'list_campaigns', { subAccount: 'loc_NotInstalled' }, { authData: agencyAuthData }).catch((caught: Error) => caught);
    expect(String(error)).toMatch(/sub-account loc_NotInstalled \(Location not found or app not installed\)\. The app must be installed on that sub-account/);
    expect(String(error)).not.toContain(ACCESS_TOKEN);
  });

  it('asks for a sub-account when an agency step has none', async () => {
    const error = await run('triggers', 'list_campaigns', {}, { authData: agencyAuthData }).catch((caught: Error) => caught);
    expect(String(error)).toMatch(/Sub-account \(subAccount\) is required/);
  });

  it('checks the sub-account like any id before any request', async () => {
    const error = await run('triggers', 'list_campaigns', { subAccount: '../oauth/token' }, { authData: agencyAuthData }).catch((caught: Error) => caught);
    expect(String(error)).toMatch(/Sub-account \(subAccount\): expected an id/);
  });

  it('keeps a sub-account connection on its own token: no exchange', async () => {
    const scope = nock(API, { reqheaders: { authorization: `Bearer ${ACCESS_TOKEN}` } })
      .get('/campaigns/')
      .query({ locationId: authData.locationId })
      .reply(200, { campaigns: [] });
    await expect(run('triggers', 'list_campaigns', { subAccount: 'ignored' }, { authData })).resolves.toEqual([]);
    scope.done();
  });
});

describe('agency connection: the four agency-only operations', () => {
  const agencyScope = () => nock(API, { reqheaders: { authorization: `Bearer ${ACCESS_TOKEN}`, version: '2021-07-28' } });

  it('Get Company: GET /companies/{companyId} with the agency token', async () => {
    const scope = agencyScope().get(`/companies/${COMPANY_ID}`).reply(200, { company: { id: COMPANY_ID, name: 'Rivera Agency' } });
    const result = await run<Array<Record<string, unknown>>>('triggers', 'get_company', {}, { authData: agencyAuthData });
    expect(result[0]).toMatchObject({ name: 'Rivera Agency' });
    scope.done();
  });

  it('Create Location: POST /locations/ with the company id', async () => {
    const scope = agencyScope()
      .post('/locations/', (body) => body.companyId === COMPANY_ID && body.name === 'Rivera Austin')
      .reply(201, { id: 'loc_New1', name: 'Rivera Austin', companyId: COMPANY_ID });
    const result = await run<Record<string, unknown>>('creates', 'create_location', { name: 'Rivera Austin' }, { authData: agencyAuthData });
    expect(result).toMatchObject({ id: 'loc_New1', name: 'Rivera Austin' });
    scope.done();
  });

  it('List Snapshots: GET /snapshots/?companyId', async () => {
    const scope = agencyScope().get('/snapshots/').query({ companyId: COMPANY_ID }).reply(200, { snapshots: [{ id: 'snap1', name: 'Dental', type: 'own' }] });
    const result = await run<Array<Record<string, unknown>>>('triggers', 'list_snapshots', {}, { authData: agencyAuthData });
    expect(result).toEqual([expect.objectContaining({ id: 'snap1', name: 'Dental' })]);
    scope.done();
  });

  it('Filter Users by Email: POST /users/search/filter-by-email with the company id', async () => {
    const scope = agencyScope()
      .post('/users/search/filter-by-email', (body) => body.companyId === COMPANY_ID && body.emails === 'ana@example.com')
      .reply(200, { users: [{ id: 'u1', email: 'ana@example.com', name: 'Ana' }], count: 1 });
    const result = await run<Array<Record<string, unknown>>>('triggers', 'find_users_by_email', { emails: ['ana@example.com'] }, { authData: agencyAuthData });
    expect(result).toEqual([expect.objectContaining({ id: expect.stringMatching(/^u1:/), email: 'ana@example.com' })]);
    scope.done();
  });

  it.each(['get_company', 'list_snapshots', 'find_users_by_email'])('%s explains plainly, with a sub-account connection, that it needs an agency one', async (key) => {
    await expect(run('triggers', key, { emails: ['ana@example.com'] }, { authData })).rejects.toThrow(/needs an agency-level HighLevel connection.*choose Agency as its connection type/);
  });
});
