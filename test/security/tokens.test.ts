import nock from 'nock';
import type { Bundle } from 'zapier-platform-core';
import App from '../../index';
import { getAccessToken, refreshAccessToken } from '../../src/authentication';
import { isAgencyConnection, picksSubAccount } from '../../src/connection';
import { subAccountInput } from '../../src/fields/subAccount';
import { errorForResponse, HIDDEN, scrubSecrets } from '../../src/http/errors';
import { cacheSecondsFor, locationTokenCacheKey } from '../../src/http/locationToken';
import { AGENCY_ONLY_SCOPES, scopesFor, SUB_ACCOUNT_SCOPES } from '../../src/scopes';
import { ACCESS_TOKEN, agencyAuthData, API, appTester, authData, COMPANY_ID, failureOf, LOCATION_ID, REFRESH_TOKEN, run, sendApi } from '../helpers';

/** Issue 15 (tokens and tenants) and issue 14, items 4 and 9. Each test names its item. */

const SUB_ACCOUNT = 'loc_Agency001';
const MINTED = 'minted-location-token-5f1e2d3c4b5a';
/** An agency connection as stored now: the kind under `account`, no `userType`. */
const agency = { access_token: ACCESS_TOKEN, refresh_token: REFRESH_TOKEN, companyId: COMPANY_ID, userId: 'user_Agency1', account: 'agency' };


const mint = (times = 1, body: Record<string, unknown> = { access_token: MINTED, expires_in: 86399 }) =>
  nock(API, { reqheaders: { authorization: `Bearer ${ACCESS_TOKEN}` } }).post('/oauth/locationToken').times(times).reply(200, body);

describe('15.2 an agency connection with a blank Sub-account never sends the agency token', () => {
  it.each([[''], ['   '], [null]])('Get User with Sub-account %p is refused before any request', async (blank) => {
    // No nock scope: any request would fail with "Nock: No match" instead of the input error.
    const error = await failureOf(run('triggers', 'get_user', { subAccount: blank, userId: 'u1' }, { authData: agency }));
    expect(error.message).toMatch(/Invalid input\. Sub-account \(subAccount\) is required/);
  });

  it('a sub-account route without any Sub-account input is refused too (users endpoints included)', async () => {
    const error = await failureOf(run('triggers', 'get_user', { userId: 'u1' }, { authData: agency }));
    expect(error.message).toMatch(/Sub-account \(subAccount\) is required/);
  });

  it('agency-level operations still use the agency token itself', async () => {
    const scope = nock(API, { reqheaders: { authorization: `Bearer ${ACCESS_TOKEN}` } }).get('/snapshots/').query({ companyId: COMPANY_ID }).reply(200, { snapshots: [] });
    await expect(run('triggers', 'list_snapshots', {}, { authData: agency })).resolves.toEqual([]);
    scope.done();
  });
});

describe('15.3 token endpoint failures', () => {
  it.each([
    [401, { statusCode: 401, message: 'Unauthorized' }, /HTTP 401: Unauthorized/],
    [400, { error: 'invalid_request', error_description: 'This refresh token has been revoked' }, /HTTP 400: invalid_request: This refresh token has been revoked/],
    [400, { error: 'invalid_request', error_description: 'Refresh token expired, please re-authorize' }, /expired, please re-authorize/],
    [403, { statusCode: 403, message: 'App uninstalled' }, /HTTP 403: App uninstalled/],
    [400, { error: 'invalid_grant' }, /HTTP 400: invalid_grant/],
  ])('a refused refresh (HTTP %s) is an ExpiredAuthError that says to reconnect, with HighLevel\'s reason', async (status, body, reason) => {
    const scope = nock(API).post('/oauth/token').reply(status, body);
    const error = await failureOf(appTester(refreshAccessToken as never, { authData } as never));
    expect(error.name).toBe('ExpiredAuthError');
    expect(error.message).toMatch(reason);
    expect(error.message).toMatch(/Reconnect HighLevel in Zapier/);
    expect(error.message).not.toContain(REFRESH_TOKEN);
    scope.done();
  });

  it.each([
    [429, 'ThrottledError'],
    [503, 'AppError'],
  ])('a %s refresh answer is temporary, not a reconnect', async (status, name) => {
    nock(API).post('/oauth/token').reply(status, { message: 'busy' }, { 'Retry-After': '3' });
    const error = await failureOf(appTester(refreshAccessToken as never, { authData } as never));
    expect(error.name).toBe(name);
  });

  it('a refused code exchange says what went wrong', async () => {
    nock(API).post('/oauth/token').reply(400, { error: 'invalid_grant', error_description: 'Invalid authorization code' });
    const error = await failureOf(appTester(getAccessToken as never, { inputData: { code: 'c0de-1234567', redirect_uri: 'https://r/' } } as never));
    expect(error.message).toMatch(/HighLevel refused to connect \(HTTP 400: invalid_grant: Invalid authorization code\)\. The sign-in code expired or was already used: start connecting again\./);
    expect(error.message).not.toContain('c0de-1234567');
  });
});

describe('15.4 no redirect is followed on token requests', () => {
  it.each([
    ['refresh', () => appTester(refreshAccessToken as never, { authData } as never), '/oauth/token', 'token'],
    ['code exchange', () => appTester(getAccessToken as never, { inputData: { code: 'x', redirect_uri: 'https://r/' } } as never), '/oauth/token', 'token'],
    ['location token', () => run('triggers', 'list_campaigns', { subAccount: SUB_ACCOUNT }, { authData: agency }), '/oauth/locationToken', 'sub-account token'],
  ])('the %s request does not follow a 307 to another host', async (_name, work, path, what) => {
    const origin = nock(API).post(path).reply(307, '', { Location: 'https://collector.example.com/steal' });
    const elsewhere = nock('https://collector.example.com').post('/steal').reply(200, { access_token: 'a', refresh_token: 'b' });
    const error = await failureOf(work());
    expect(error.message).toMatch(new RegExp(`answered the ${what} request with a redirect \\(HTTP 307\\)`));
    expect(elsewhere.isDone()).toBe(false);
    origin.done();
  });
});

describe('15.6 minted location tokens are secrets', () => {
  it('a location token HighLevel echoes in an error is hidden from the message', async () => {
    mint();
    nock(API, { reqheaders: { authorization: `Bearer ${MINTED}` } })
      .get('/campaigns/')
      .query(true)
      .reply(400, { statusCode: 400, message: `Token ${MINTED} cannot list campaigns` });
    // Core's own log lines (printed with LOG_TO_STDOUT) must not carry the minted token either.
    const printed: string[] = [];
    const spy = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
    process.env.LOG_TO_STDOUT = 'true';
    process.env.DETAILED_LOG_TO_STDOUT = 'true';
    try {
      const error = await failureOf(run('triggers', 'list_campaigns', { subAccount: SUB_ACCOUNT }, { authData: agency }));
      expect(error.message).toMatch(new RegExp(`Token \\${HIDDEN.replace(']', '\\]')} cannot list campaigns`));
      expect(error.message).not.toContain(MINTED);
    } finally {
      spy.mockRestore();
      delete process.env.LOG_TO_STDOUT;
      delete process.env.DETAILED_LOG_TO_STDOUT;
    }
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.join('\n')).not.toContain(MINTED);
  });
});

describe('15.7 scrubbing is linear and clips first', () => {
  it('a 128 KB hostile message of "eyJ-" is scrubbed to a short, correct text', () => {
    const hostile = 'eyJ-'.repeat(32 * 1024);
    const started = process.hrtime.bigint();
    const clean = scrubSecrets(hostile);
    const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
    // The bench may read the time; the test asserts the output.
    process.env.SECURITY_SCRUB_MS = milliseconds.toFixed(1);
    expect(clean).toBe('…');
  });

  it('a 128 KB message with real JWTs among "eyJ-" runs keeps its words and hides every JWT in the window', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    const hostile = `start ${jwt} ${'eyJ- '.repeat(26 * 1024)}`;
    const clean = scrubSecrets(hostile);
    expect(clean.startsWith(`start ${HIDDEN} eyJ- eyJ- `)).toBe(true);
    expect(clean).not.toContain('c2lnbmF0dXJl');
    expect(clean.length).toBeLessThanOrEqual(4 * 1024 + 1);
  });

  it('keeps the old shapes: JWTs inside text, bearer values, key=value pairs', () => {
    const jwt = 'eyJabcd.efgh1234.sig_-x';
    expect(scrubSecrets(`a ${jwt}, Bearer xyz123 and access_token=abc; x-${jwt}.more`)).toBe(`a ${HIDDEN}, Bearer ${HIDDEN} and access_token=${HIDDEN}; x-${HIDDEN}.more`);
    expect(scrubSecrets('neyJabcd.efgh1234.sig')).toBe('neyJabcd.efgh1234.sig');
  });

  it('a credential cut by the clip is dropped, never half shown', () => {
    const text = `${'word '.repeat(819)}abcdefghijklmnop-secret-tail-continues-${'x'.repeat(100)}`;
    const clean = scrubSecrets(text);
    expect(clean).not.toContain('abcdefghijklmnop');
    expect(clean.endsWith('word …')).toBe(true);
  });

  it('an error answer nested 20,000 levels deep gives a readable error (no RangeError)', () => {
    const deep = `${'['.repeat(20_000)}"x"${']'.repeat(20_000)}`;
    const error = errorForResponse({ status: 400, content: deep, header: () => null });
    expect(error.message).toMatch(/HighLevel rejected the request \(HTTP 400\)/);
  });
});

describe('15.9 the connection stores only what it must, under keys core logs as they are', () => {
  it('a new connection stores its kind as `account`, never `userType`', async () => {
    nock(API).post('/oauth/token').reply(200, { access_token: 'a-1', refresh_token: 'r-1', userType: 'Location', locationId: LOCATION_ID, companyId: COMPANY_ID, userId: 'u1', scope: 'contacts.readonly', token_type: 'Bearer', isBulkInstallation: false });
    const stored = (await appTester(getAccessToken as never, { inputData: { code: 'c', redirect_uri: 'https://r/' } } as never)) as Record<string, unknown>;
    expect(stored).toEqual({ access_token: 'a-1', refresh_token: 'r-1', account: 'sub-account', locationId: LOCATION_ID, companyId: COMPANY_ID, userId: 'u1' });
    const keys = (App.authentication!.fields ?? []).map((field) => field.key);
    expect(keys).toContain('account');
    expect(keys).not.toContain('userType');
  });

  it('an existing connection with the old `userType` key keeps working', () => {
    const bundle = { authData: agencyAuthData, inputData: {} } as unknown as Bundle;
    expect(isAgencyConnection(bundle)).toBe(true);
    expect(picksSubAccount(bundle)).toBe(true);
    expect(isAgencyConnection({ authData: { ...authData, userType: 'Location' }, inputData: {} } as unknown as Bundle)).toBe(false);
  });
});

describe('15.10 a refresh answer for another identity is refused', () => {
  it.each([
    ['another sub-account', authData, { locationId: 'loc_Other999', userType: 'Location' }],
    ['a Company token for a sub-account connection', authData, { userType: 'Company', companyId: COMPANY_ID }],
    ['another agency', agency, { userType: 'Company', companyId: 'comp_Other' }],
  ])('%s', async (_name, connection, identity) => {
    nock(API).post('/oauth/token').reply(200, { access_token: 'a-2', refresh_token: 'r-2', expires_in: 86399, ...identity });
    const error = await failureOf(appTester(refreshAccessToken as never, { authData: connection } as never));
    expect(error.name).toBe('ExpiredAuthError');
    expect(error.message).toMatch(/the answer was refused and nothing changed\. Reconnect HighLevel/);
  });

  it('the same identity (or none) is accepted and keeps the ids', async () => {
    nock(API).post('/oauth/token').reply(200, { access_token: 'a-2', refresh_token: 'r-2', userType: 'Location', locationId: LOCATION_ID });
    await expect(appTester(refreshAccessToken as never, { authData } as never)).resolves.toMatchObject({ access_token: 'a-2', refresh_token: 'r-2', locationId: LOCATION_ID, account: 'sub-account' });
  });
});

describe('15.11 expires_in: 1e309 on the location-token mint', () => {
  it('the mint answer is used, cached for at most a day', async () => {
    const body = `{"access_token":"${MINTED}","expires_in":1e309}`;
    nock(API).post('/oauth/locationToken').reply(200, body, { 'Content-Type': 'application/json' });
    const scope = nock(API, { reqheaders: { authorization: `Bearer ${MINTED}` } }).get('/campaigns/').query(true).reply(200, { campaigns: [] });
    await expect(run('triggers', 'list_campaigns', { subAccount: SUB_ACCOUNT }, { authData: agency })).resolves.toEqual([]);
    scope.done();
    const cache = (appTester as unknown as { zcacheTestObj: Record<string, unknown> }).zcacheTestObj;
    expect(Object.keys(cache)).toEqual([locationTokenCacheKey(ACCESS_TOKEN, SUB_ACCOUNT)]);
    expect([cacheSecondsFor(Infinity), cacheSecondsFor(1e309), cacheSecondsFor(-5), cacheSecondsFor('x'), cacheSecondsFor(3600)]).toEqual([85_799, 85_799, 85_799, 85_799, 3000]);
  });
});

describe('15.14 / 14.9 least privilege: a sub-account connection requests no agency-only scope', () => {
  it('Location scopes leave out companies.readonly, snapshots.readonly, locations.write; Agency keeps them', () => {
    expect(AGENCY_ONLY_SCOPES).toEqual(['companies.readonly', 'snapshots.readonly', 'locations.write']);
    for (const scope of AGENCY_ONLY_SCOPES) {
      expect(scopesFor('Location')).not.toContain(scope);
      expect(scopesFor('Company')).toContain(scope);
    }
    expect(scopesFor('Location')).toEqual(SUB_ACCOUNT_SCOPES);
    expect(scopesFor('Location')).not.toContain('oauth.write');
  });
});

describe('14.9 bulk install: a Company token for a one-sub-account connection', () => {
  const companyAnswer = { access_token: 'a-1', refresh_token: 'r-1', userType: 'Company', companyId: COMPANY_ID, userId: 'u1', isBulkInstallation: true };

  it('without a single approved sub-account the user is told exactly what to change', async () => {
    nock(API).post('/oauth/token').reply(200, { ...companyAnswer, scope: 'contacts.readonly' });
    const error = await failureOf(appTester(getAccessToken as never, { inputData: { code: 'c', redirect_uri: 'https://r/' } } as never));
    const { message } = JSON.parse(error.message) as { message: string };
    expect(message).toMatch(/agency-wide token instead of a sub-account token.*"Allow agency to bulk install".*choose the connection type "Agency \(all its sub-accounts\)"/);
  });

  it('with one approved sub-account and a token that may mint, the connection keeps that sub-account and works through its location token', async () => {
    nock(API).post('/oauth/token').reply(200, { ...companyAnswer, scope: 'contacts.readonly oauth.write', approvedLocations: [SUB_ACCOUNT] });
    const stored = (await appTester(getAccessToken as never, { inputData: { code: 'c', redirect_uri: 'https://r/' } } as never)) as Record<string, unknown>;
    expect(stored).toEqual({ access_token: 'a-1', refresh_token: 'r-1', account: 'agency', locationId: SUB_ACCOUNT, companyId: COMPANY_ID, userId: 'u1' });

    const bound = { ...stored, access_token: ACCESS_TOKEN };
    expect(await appTester(subAccountInput as never, { authData: bound, inputData: {} } as never)).toEqual([]);
    mint();
    const scope = nock(API, { reqheaders: { authorization: `Bearer ${MINTED}` } }).get('/campaigns/').query({ locationId: SUB_ACCOUNT }).reply(200, { campaigns: [] });
    await expect(run('triggers', 'list_campaigns', {}, { authData: bound })).resolves.toEqual([]);
    scope.done();
  });
});

describe('14.4 not every 401 is an expired token', () => {
  const get = (connection: Record<string, unknown> = authData) =>
    sendApi({ method: 'GET', path: '/contacts/c1' as never }, { authData: connection });

  it.each([['Invalid JWT'], ['Invalid token: access token is invalid'], ['token expired'], ['']])('"%s" asks Zapier to refresh, with a message', async (message) => {
    nock(API).get('/contacts/c1').reply(401, message ? { statusCode: 401, message } : '');
    const error = await failureOf(get());
    expect(error.name).toBe('RefreshAuthError');
    expect(error.message).toMatch(/HighLevel's access token expired or is no longer valid \(HTTP 401.*zapier-platform invoke auth refresh/);
  });

  it('a scope 401 shows HighLevel\'s reason and what to do, without a refresh', async () => {
    nock(API).get('/contacts/c1').reply(401, { statusCode: 401, message: 'The token is not authorized for this scope.' });
    const error = await failureOf(get());
    expect(error.name).not.toBe('RefreshAuthError');
    expect(error.message).toMatch(/HighLevel refused this step \(HTTP 401\): The token is not authorized for this scope\. The connection lacks a permission \(scope\).*Reconnect HighLevel/);
  });

  it.each([['This authClass type is not allowed to access this scope. Please reach out to the Platform team to get it added.'], ["Token's user type mismatch!"]])(
    'a token-class 401 ("%s") says which connection the step needs',
    async (message) => {
      nock(API).get('/contacts/c1').reply(401, { statusCode: 401, message });
      const error = await failureOf(get());
      expect(error.name).not.toBe('RefreshAuthError');
      expect(error.message).toContain(message);
      expect(error.message).toMatch(/needs the other kind of HighLevel connection/);
    },
  );
});
