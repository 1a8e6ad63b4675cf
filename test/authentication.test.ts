import nock from 'nock';
import App from '../index';
import { authorizeUrl, getAccessToken, refreshAccessToken } from '../src/authentication';
import { EXTENSION_SCOPES, SCOPES, SUB_ACCOUNT_SCOPES } from '../src/scopes';
import { ACCESS_TOKEN, API, appTester, authData, LOCATION_ID, REFRESH_TOKEN } from './helpers';

const form = (body: string) => Object.fromEntries(new URLSearchParams(body));

describe('OAuth2 with HighLevel', () => {
  afterEach(() => {
    delete process.env.HIGHLEVEL_WHITE_LABEL;
  });

  it('sends the user to the choose-location page with client id, redirect, state and every scope a sub-account can use', async () => {
    const url = new URL(await appTester(authorizeUrl as never, { inputData: { state: 'st4te', redirect_uri: 'https://zapier.com/dashboard/auth/oauth/return/App1/' } } as never));
    expect(url.origin + url.pathname).toBe('https://marketplace.gohighlevel.com/v2/oauth/chooselocation');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'test-client-id',
      redirect_uri: 'https://zapier.com/dashboard/auth/oauth/return/App1/',
      scope: SUB_ACCOUNT_SCOPES.join(' '),
      state: 'st4te',
    });
  });

  it('uses the white-label marketplace host when HIGHLEVEL_WHITE_LABEL is set', async () => {
    process.env.HIGHLEVEL_WHITE_LABEL = 'true';
    const url = await appTester(authorizeUrl as never, { inputData: { state: 's', redirect_uri: 'https://r' } } as never);
    expect(String(url)).toMatch(/^https:\/\/marketplace\.leadconnectorhq\.com\/v2\/oauth\/chooselocation\?/);
  });

  it('exchanges the code form-encoded, without bearer or Version header, and keeps the ids', async () => {
    let seen: { body: Record<string, string>; headers: Record<string, unknown> } | undefined;
    const scope = nock(API)
      .post('/oauth/token')
      .reply(function (_uri, body) {
        seen = { body: form(String(body)), headers: this.req.headers };
        return [
          200,
          {
            access_token: 'new-access',
            refresh_token: 'new-refresh',
            expires_in: 86399,
            userType: 'Location',
            locationId: LOCATION_ID,
            companyId: 'comp1',
            userId: 'user1',
            scope: 'contacts.readonly',
          },
        ];
      });

    const result = await appTester(getAccessToken as never, { inputData: { code: 'the-code', redirect_uri: 'https://r/' } } as never);

    expect(result).toEqual({ access_token: 'new-access', refresh_token: 'new-refresh', expires_in: 86399, locationId: LOCATION_ID, companyId: 'comp1', userId: 'user1', account: 'sub-account' });
    expect(seen?.body).toEqual({
      client_id: 'test-client-id',
      client_secret: 'test-client-secret-value',
      grant_type: 'authorization_code',
      code: 'the-code',
      redirect_uri: 'https://r/',
      user_type: 'Location',
    });
    expect(seen?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(seen?.headers.authorization).toBeUndefined();
    expect(seen?.headers.version).toBeUndefined();
    scope.done();
  });

  it('refreshes with the refresh token and keeps the NEW refresh token HighLevel rotates in', async () => {
    let body: Record<string, string> = {};
    const scope = nock(API)
      .post('/oauth/token', (raw) => {
        body = form(typeof raw === 'string' ? raw : new URLSearchParams(raw as Record<string, string>).toString());
        return true;
      })
      .reply(200, { access_token: 'access-2', refresh_token: 'refresh-2', expires_in: 86399 });

    const result = await appTester(refreshAccessToken as never, { authData } as never);

    expect(body).toEqual({
      client_id: 'test-client-id',
      client_secret: 'test-client-secret-value',
      grant_type: 'refresh_token',
      refresh_token: REFRESH_TOKEN,
      user_type: 'Location',
    });
    expect(result).toEqual({ access_token: 'access-2', refresh_token: 'refresh-2', expires_in: 86399, locationId: LOCATION_ID, companyId: authData.companyId, userId: authData.userId, account: 'sub-account' });
    scope.done();
  });

  it('asks the user to reconnect when HighLevel refuses the refresh token (400 invalid grant)', async () => {
    const scope = nock(API).post('/oauth/token').times(2).reply(400, { statusCode: 400, message: 'Invalid grant: refresh token is invalid' });
    const failure = appTester(refreshAccessToken as never, { authData } as never);
    await expect(failure).rejects.toMatchObject({ name: 'ExpiredAuthError' });
    await expect(appTester(refreshAccessToken as never, { authData } as never)).rejects.toThrow(/Reconnect HighLevel/);
    scope.done();
  });

  it('reports other token failures with HighLevel words and no secret', async () => {
    nock(API).post('/oauth/token').reply(400, { statusCode: 400, message: 'Location is not active' });
    const error = await appTester(refreshAccessToken as never, { authData } as never).catch((caught: Error) => caught);
    expect(String(error)).toMatch(/Location is not active/);
    expect(String(error)).not.toMatch(new RegExp(`${REFRESH_TOKEN}|${ACCESS_TOKEN}|test-client-secret-value`));
  });

  it('tests the connection on its sub-account and labels it with the sub-account name', async () => {
    const scope = nock(API, { reqheaders: { authorization: `Bearer ${ACCESS_TOKEN}`, version: '2021-07-28' } })
      .get(`/locations/${LOCATION_ID}`)
      .reply(200, { location: { id: LOCATION_ID, name: 'Acme Dental' } });
    const result = await appTester(App.authentication!.test as never, { authData } as never);
    expect(result).toEqual({ id: LOCATION_ID, name: 'Acme Dental', locationId: LOCATION_ID });
    expect(App.authentication!.connectionLabel).toBe('{{name}}');
    scope.done();
  });

  it('is OAuth2 that refreshes itself only on an expired token (RefreshAuthError from the app), requesting the sub-account scopes', () => {
    expect(App.authentication).toMatchObject({ type: 'oauth2', oauth2Config: { autoRefresh: false, scope: SUB_ACCOUNT_SCOPES.join(' ') } });
    expect(typeof App.authentication!.oauth2Config!.refreshAccessToken).toBe('function');
  });
});
