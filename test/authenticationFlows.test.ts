import nock from 'nock';
import App from '../index';
import { authorizeUrl, getAccessToken, refreshAccessToken } from '../src/authentication';
import { ACCESS_TOKEN, API, appErrorOf, appTester, authData, COMPANY_ID, failureOf, LOCATION_ID, REFRESH_TOKEN } from './helpers';

/**
 * The OAuth flows' edges: what is sent when a value is missing, how every token failure reads, which token answers
 * are accepted and what the connection keeps, and how the connection test names an agency.
 */

const SUB_ACCOUNT = 'loc_Agency001';
const form = (body: unknown): Record<string, string> => Object.fromEntries(new URLSearchParams(String(body)));

/** One POST /oauth/token answered with `status` and `body`, recording the form and headers it received. */
const tokenEndpoint = (status: number, body: unknown, headers: Record<string, string> = {}) => {
  const seen: { body: Record<string, string>; headers: Record<string, unknown> } = { body: {}, headers: {} };
  const scope = nock(API)
    .post('/oauth/token')
    .reply(function (_uri, received) {
      seen.body = form(received);
      seen.headers = this.req.headers;
      return [status, body as nock.Body, headers];
    });
  return { seen, scope };
};

const exchange = (inputData: Record<string, unknown>) => appTester(getAccessToken as never, { inputData } as never) as Promise<Record<string, unknown>>;
const refresh = (connection: Record<string, unknown>) => appTester(refreshAccessToken as never, { authData: connection } as never) as Promise<Record<string, unknown>>;
const tokens = { access_token: 'access-new', refresh_token: 'refresh-new' };

describe('the token request', () => {
  it('asks for a JSON answer', async () => {
    const { seen, scope } = tokenEndpoint(200, { ...tokens, userType: 'Location', locationId: LOCATION_ID });
    await exchange({ code: 'the-code', redirect_uri: 'https://r/' });
    expect(seen.headers.accept).toBe('application/json');
    scope.done();
  });

  it('sends an empty client id and secret, code and redirect uri when they are not set, never "undefined"', async () => {
    const { CLIENT_ID: id, CLIENT_SECRET: secret } = process.env;
    delete process.env.CLIENT_ID;
    delete process.env.CLIENT_SECRET;
    try {
      const { seen, scope } = tokenEndpoint(200, { ...tokens, userType: 'Location', locationId: LOCATION_ID });
      await exchange({});
      expect(seen.body).toEqual({ client_id: '', client_secret: '', grant_type: 'authorization_code', code: '', redirect_uri: '', user_type: 'Location' });
      scope.done();
    } finally {
      process.env.CLIENT_ID = id;
      process.env.CLIENT_SECRET = secret;
    }
  });

  it('sends an empty refresh token when the connection holds none', async () => {
    const { seen, scope } = tokenEndpoint(200, { ...tokens, userType: 'Location' });
    const { refresh_token: _dropped, ...withoutRefresh } = authData;
    await refresh(withoutRefresh);
    expect(seen.body).toEqual({ client_id: 'test-client-id', client_secret: 'test-client-secret-value', grant_type: 'refresh_token', refresh_token: '', user_type: 'Location' });
    scope.done();
  });
});

describe('the authorize URL', () => {
  it('carries an empty client id, redirect uri and state when they are not set', async () => {
    const id = process.env.CLIENT_ID;
    delete process.env.CLIENT_ID;
    try {
      const url = new URL(await appTester(authorizeUrl as never, { inputData: {} } as never));
      expect(url.searchParams.get('client_id')).toBe('');
      expect(url.searchParams.get('redirect_uri')).toBe('');
      expect(url.searchParams.get('state')).toBe('');
      expect(url.searchParams.get('response_type')).toBe('code');
    } finally {
      process.env.CLIENT_ID = id;
    }
  });
});

describe('a refused refresh', () => {
  it('without a reason from HighLevel says to reconnect, with the status only', async () => {
    const { scope } = tokenEndpoint(401, '');
    const error = await failureOf(refresh(authData));
    expect(error.name).toBe('ExpiredAuthError');
    expect(error.message).toBe(
      'HighLevel no longer accepts this connection (HTTP 401): its access was revoked, it expired, or the app was uninstalled. Reconnect HighLevel in Zapier to continue.',
    );
    scope.done();
  });

  it('hides the refresh token when HighLevel repeats it in its reason', async () => {
    const { scope } = tokenEndpoint(400, { statusCode: 400, message: `Refresh token ${REFRESH_TOKEN} was revoked` });
    const error = await failureOf(refresh(authData));
    expect(error.name).toBe('ExpiredAuthError');
    expect(error.message).toContain('(HTTP 400: Refresh token [hidden] was revoked)');
    expect(error.message).not.toContain(REFRESH_TOKEN);
    scope.done();
  });

  it('a 500 is HighLevel failing, to be retried, not a reconnect', async () => {
    const { scope } = tokenEndpoint(500, { statusCode: 500, message: 'Internal error' });
    const error = await failureOf(refresh(authData));
    expect(error.name).toBe('AppError');
    expect(appErrorOf(error)).toEqual({
      message: "HighLevel failed to answer (HTTP 500): Internal error. This is on HighLevel's side and usually temporary: the step can be retried.",
      code: 'ServerError',
      status: 500,
    });
    scope.done();
  });

  it('a temporary failure hides the refresh token HighLevel repeats', async () => {
    const { scope } = tokenEndpoint(503, { statusCode: 503, message: `Busy with ${REFRESH_TOKEN}` });
    const error = await failureOf(refresh(authData));
    expect(appErrorOf(error).message).toMatch(/^HighLevel failed to answer \(HTTP 503\): Busy with \[hidden\]\./);
    expect(error.message).not.toContain(REFRESH_TOKEN);
    scope.done();
  });

  it('a 429 waits as long as HighLevel\'s Retry-After says', async () => {
    const { scope } = tokenEndpoint(429, { message: 'busy' }, { 'Retry-After': '3' });
    const error = await failureOf(refresh(authData));
    expect(error.name).toBe('ThrottledError');
    expect(JSON.parse(error.message)).toMatchObject({ message: "HighLevel's rate limit was reached (HTTP 429); Zapier will retry in 3 s.", delay: 3 });
    scope.done();
  });
});

describe('a refused code exchange', () => {
  it('without a reason from HighLevel says to start again and to check the app and its credentials', async () => {
    const { scope } = tokenEndpoint(400, '');
    const error = await failureOf(exchange({ code: 'the-code', redirect_uri: 'https://r/' }));
    expect(appErrorOf(error)).toEqual({
      message: 'HighLevel refused to connect (HTTP 400). Start connecting again; if it keeps failing, check that the app is installed and its client id and secret are right.',
      code: 'ConnectRefused',
      status: 400,
    });
    scope.done();
  });

  it.each([['invalid_grant'], ['Invalid grant']])('an "%s" answer says the sign-in code expired or was used', async (reason) => {
    const { scope } = tokenEndpoint(400, { error: reason });
    const error = await failureOf(exchange({ code: 'the-code', redirect_uri: 'https://r/' }));
    expect(appErrorOf(error)).toEqual({
      message: `HighLevel refused to connect (HTTP 400: ${reason}). The sign-in code expired or was already used: start connecting again.`,
      code: 'ConnectRefused',
      status: 400,
    });
    scope.done();
  });

  it('hides the sign-in code when HighLevel repeats it', async () => {
    const { scope } = tokenEndpoint(400, { statusCode: 400, message: 'Code s1gn-in-c0de-77 is not valid' });
    const error = await failureOf(exchange({ code: 's1gn-in-c0de-77', redirect_uri: 'https://r/' }));
    expect(appErrorOf(error).message).toMatch(/^HighLevel refused to connect \(HTTP 400: Code \[hidden\] is not valid\)\./);
    expect(error.message).not.toContain('s1gn-in-c0de-77');
    scope.done();
  });
});

describe('a token answer without both tokens', () => {
  it.each([
    ['no refresh token', { access_token: 'access-new' }],
    ['no access token', { refresh_token: 'refresh-new' }],
    ['a blank access token', { access_token: '   ', refresh_token: 'refresh-new' }],
    ['no tokens at all', {}],
  ])('(%s) is refused: nothing is stored', async (_name, answer) => {
    const { scope } = tokenEndpoint(200, { ...answer, userType: 'Location', locationId: LOCATION_ID });
    const error = await failureOf(exchange({ code: 'the-code', redirect_uri: 'https://r/' }));
    expect(appErrorOf(error)).toEqual({
      message: 'HighLevel answered the token request without an access and refresh token. Try connecting again.',
      code: 'InvalidTokenResponse',
      status: 200,
    });
    scope.done();
  });
});

describe('what a code exchange stores', () => {
  it('trims the ids HighLevel sends', async () => {
    const { scope } = tokenEndpoint(200, { ...tokens, userType: 'Location', locationId: ` ${LOCATION_ID} `, companyId: ' comp1 ', userId: ' user1 ' });
    await expect(exchange({ code: 'c', redirect_uri: 'https://r/' })).resolves.toEqual({ ...tokens, account: 'sub-account', locationId: LOCATION_ID, companyId: 'comp1', userId: 'user1' });
    scope.done();
  });

  it('a sub-account answer without userType is the sub-account asked for', async () => {
    const { scope } = tokenEndpoint(200, { ...tokens, locationId: LOCATION_ID, companyId: COMPANY_ID });
    await expect(exchange({ code: 'c', redirect_uri: 'https://r/' })).resolves.toEqual({ ...tokens, account: 'sub-account', locationId: LOCATION_ID, companyId: COMPANY_ID });
    scope.done();
  });

  it('an agency answer without userType is the agency asked for', async () => {
    const { scope } = tokenEndpoint(200, { ...tokens, companyId: COMPANY_ID });
    await expect(exchange({ code: 'c', redirect_uri: 'https://r/', connectionType: 'Company' })).resolves.toEqual({ ...tokens, account: 'agency', companyId: COMPANY_ID });
    scope.done();
  });

  it('a Location token given to a user who asked for an agency is stored as the sub-account it is', async () => {
    const { seen, scope } = tokenEndpoint(200, { ...tokens, userType: 'Location', locationId: LOCATION_ID, companyId: COMPANY_ID });
    await expect(exchange({ code: 'c', redirect_uri: 'https://r/', connectionType: 'Company' })).resolves.toEqual({
      ...tokens,
      account: 'sub-account',
      locationId: LOCATION_ID,
      companyId: COMPANY_ID,
    });
    expect(seen.body.user_type).toBe('Company');
    scope.done();
  });

  it.each([
    ['a text', '86399'],
    ['an infinite number', '1e309'],
  ])('keeps no expires_in when HighLevel sends %s', async (_name, raw) => {
    const body = `{"access_token":"access-new","refresh_token":"refresh-new","userType":"Location","locationId":"${LOCATION_ID}","expires_in":${raw === '86399' ? '"86399"' : raw}}`;
    const scope = nock(API).post('/oauth/token').reply(200, body, { 'Content-Type': 'application/json' });
    await expect(exchange({ code: 'c', redirect_uri: 'https://r/' })).resolves.toEqual({ ...tokens, account: 'sub-account', locationId: LOCATION_ID });
    scope.done();
  });
});

describe('bulk install: an agency token for a user who asked for one sub-account', () => {
  const companyAnswer = { ...tokens, userType: 'Company', companyId: COMPANY_ID, isBulkInstallation: true };
  const refusal = {
    message:
      'HighLevel gave an agency-wide token instead of a sub-account token: the app is installed for the whole agency ("Allow agency to bulk install"), and HighLevel did not say which single sub-account you chose. Connect again and choose the connection type "Agency (all its sub-accounts)": each step then asks which sub-account it works on.',
    code: 'AgencyTokenForSubAccount',
    status: 400,
  };

  it.each([
    ['an empty id', ['', SUB_ACCOUNT]],
    ['a number', [SUB_ACCOUNT, 42]],
    ['null', [null, SUB_ACCOUNT]],
  ])('keeps the one approved sub-account, ignoring %s in the list', async (_name, approvedLocations) => {
    const { scope } = tokenEndpoint(200, { ...companyAnswer, scope: 'contacts.readonly oauth.write', approvedLocations });
    await expect(exchange({ code: 'c', redirect_uri: 'https://r/' })).resolves.toEqual({ ...tokens, account: 'agency', locationId: SUB_ACCOUNT, companyId: COMPANY_ID });
    scope.done();
  });

  it.each([
    ['no approved sub-account list', { scope: 'contacts.readonly oauth.write' }],
    ['no approved sub-account list and no scope', {}],
    ['two approved sub-accounts', { scope: 'contacts.readonly oauth.write', approvedLocations: [SUB_ACCOUNT, 'loc_Other'] }],
    ['one approved sub-account but no oauth.write scope to mint its token', { scope: 'contacts.readonly oauth.readonly', approvedLocations: [SUB_ACCOUNT] }],
    ['one approved sub-account but no scope at all', { approvedLocations: [SUB_ACCOUNT] }],
  ])('is refused with %s', async (_name, extra) => {
    const { scope } = tokenEndpoint(200, { ...companyAnswer, ...extra });
    const error = await failureOf(exchange({ code: 'c', redirect_uri: 'https://r/' }));
    expect(appErrorOf(error)).toEqual(refusal);
    scope.done();
  });
});

describe('a refresh', () => {
  it('accepts a company id for a connection that held none, and stores it', async () => {
    const { companyId: _dropped, ...withoutCompany } = authData;
    const { scope } = tokenEndpoint(200, { ...tokens, userType: 'Location', companyId: 'comp_New' });
    await expect(refresh(withoutCompany)).resolves.toEqual({ ...tokens, account: 'sub-account', locationId: LOCATION_ID, companyId: 'comp_New', userId: authData.userId });
    scope.done();
  });

  it('ignores a blank company id in the answer and keeps the stored one', async () => {
    const { scope } = tokenEndpoint(200, { ...tokens, userType: 'Location', companyId: '   ' });
    await expect(refresh(authData)).resolves.toEqual({ ...tokens, account: 'sub-account', locationId: LOCATION_ID, companyId: COMPANY_ID, userId: authData.userId });
    scope.done();
  });

  it('of an agency token bound to one sub-account keeps that sub-account, whatever location the answer names', async () => {
    const bound = { access_token: ACCESS_TOKEN, refresh_token: REFRESH_TOKEN, account: 'agency', locationId: SUB_ACCOUNT, companyId: COMPANY_ID, userId: 'u1' };
    const { seen, scope } = tokenEndpoint(200, { ...tokens, userType: 'Company', companyId: COMPANY_ID, locationId: 'loc_Other' });
    await expect(refresh(bound)).resolves.toEqual({ ...tokens, account: 'agency', locationId: SUB_ACCOUNT, companyId: COMPANY_ID, userId: 'u1' });
    expect(seen.body.user_type).toBe('Company');
    scope.done();
  });

  it('keeps a stored location id it cannot read as it was', async () => {
    const connection = { ...authData, locationId: '   ' };
    const { scope } = tokenEndpoint(200, { ...tokens, userType: 'Location' });
    await expect(refresh(connection)).resolves.toEqual({ ...tokens, account: 'sub-account', locationId: '   ', companyId: COMPANY_ID, userId: authData.userId });
    scope.done();
  });

  it('answered with the other kind of token names that kind', async () => {
    const { scope } = tokenEndpoint(200, { ...tokens, userType: 'Company', companyId: COMPANY_ID });
    const error = await failureOf(refresh(authData));
    expect(error.name).toBe('ExpiredAuthError');
    expect(error.message).toBe(
      'HighLevel renewed this connection for a Company token, not for the one it was made for; the answer was refused and nothing changed. Reconnect HighLevel in Zapier.',
    );
    scope.done();
  });

  it('answered for another sub-account says so', async () => {
    const { scope } = tokenEndpoint(200, { ...tokens, userType: 'Location', locationId: 'loc_Other999' });
    const error = await failureOf(refresh(authData));
    expect(error.message).toBe(
      'HighLevel renewed this connection for another sub-account or agency, not for the one it was made for; the answer was refused and nothing changed. Reconnect HighLevel in Zapier.',
    );
    scope.done();
  });
});

describe('the connection test', () => {
  const test = (connection: Record<string, unknown>) => appTester(App.authentication!.test as never, { authData: connection } as never) as Promise<Record<string, unknown>>;
  const agency = { access_token: ACCESS_TOKEN, refresh_token: REFRESH_TOKEN, account: 'agency', companyId: COMPANY_ID, userId: 'u1' };
  const highLevel = () => nock(API, { reqheaders: { authorization: `Bearer ${ACCESS_TOKEN}`, version: '2021-07-28' } });

  it.each([
    ['no name', { id: COMPANY_ID }],
    ['an empty name', { id: COMPANY_ID, name: '' }],
    ['a name that is not text', { id: COMPANY_ID, name: 42 }],
  ])('labels an agency whose company has %s with its company id', async (_name, company) => {
    const scope = highLevel().get(`/companies/${COMPANY_ID}`).reply(200, { company });
    await expect(test(agency)).resolves.toEqual({ ...company, companyId: COMPANY_ID, name: `${COMPANY_ID} (agency)` });
    scope.done();
  });

  it('labels an agency with its company id when HighLevel sends no company', async () => {
    const scope = highLevel().get(`/companies/${COMPANY_ID}`).reply(200, {});
    await expect(test(agency)).resolves.toEqual({ companyId: COMPANY_ID, name: `${COMPANY_ID} (agency)` });
    scope.done();
  });

  it('reads the agency with a GET: an empty answer is to be tried again', async () => {
    const scope = highLevel().get(`/companies/${COMPANY_ID}`).reply(200, '');
    const error = await failureOf(test(agency));
    expect(appErrorOf(error).message).toBe(`HighLevel answered GET /companies/${COMPANY_ID} with an empty response (HTTP 200) where data was expected. Try again later.`);
    scope.done();
  });

  it('reads the sub-account with a GET: an empty answer is to be tried again', async () => {
    const scope = highLevel().get(`/locations/${LOCATION_ID}`).reply(200, '');
    const error = await failureOf(test(authData));
    expect(appErrorOf(error).message).toBe(`HighLevel answered GET /locations/${LOCATION_ID} with an empty response (HTTP 200) where data was expected. Try again later.`);
    scope.done();
  });
});
