import { createHash } from 'node:crypto';
import nock from 'nock';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { authorizationFor, cacheSecondsFor, isOAuthPath, locationTokenCacheKey, locationTokenFor } from '../../src/http/locationToken';
import { ACCESS_TOKEN, agencyAuthData, API, appTester, COMPANY_ID } from '../helpers';

/** The location-token exchange of agency connections: what is sent, what is cached, and how each refusal reads. */

const SUB_ACCOUNT = 'loc_Agency001';
const MINTED = 'minted-location-token-77aa66bb55cc';
const KEY = `highlevel:locationToken:${createHash('sha256').update(ACCESS_TOKEN).digest('hex').slice(0, 16)}:${SUB_ACCOUNT}`;

type Sent = { body: Record<string, string>; headers: Record<string, unknown> };
const form = (body: unknown): Record<string, string> => Object.fromEntries(new URLSearchParams(String(body)));

/** POST /oauth/locationToken answered once with `status` and `body`, recording what the app sent. */
const exchange = (sent: Sent[], status: number, body: unknown, headers: Record<string, string> = {}) =>
  nock(API)
    .post('/oauth/locationToken')
    .reply(function (_uri, requestBody) {
      sent.push({ body: form(requestBody), headers: this.req.headers });
      return [status, body as string, headers];
    });

const cache = (): Record<string, unknown> => (appTester as unknown as { zcacheTestObj: Record<string, unknown> }).zcacheTestObj;

/** The lifetimes (seconds) given to z.cache.set, in order: core's test cache keeps values only. */
let cachedFor: unknown[] = [];
beforeEach(() => {
  cachedFor = [];
});

/** locationTokenFor run inside core (its z.request with the app's middleware, its z.cache), as a step would. */
const mintFor = (authData: Record<string, unknown> | undefined, locationId = SUB_ACCOUNT): Promise<string> =>
  appTester(
    (async (z: ZObject, bundle: Bundle) => {
      const cacheSet = z.cache.set.bind(z.cache);
      const recording = {
        ...z,
        cache: { ...z.cache, set: (key: string, value: unknown, ttl?: number) => (cachedFor.push(ttl), cacheSet(key, value, ttl)) },
      } as unknown as ZObject;
      return locationTokenFor(recording, { ...bundle, authData } as Bundle, locationId);
    }) as never,
    { authData: agencyAuthData, inputData: {} } as never,
  ) as Promise<string>;

/** The failure of a mint, with core's JSON message of an AppError (`{message, code, status}`) read back. */
const mintFailure = async (authData: Record<string, unknown> = agencyAuthData) => {
  const outcome = await mintFor(authData).then(
    () => undefined,
    (caught: Error) => caught,
  );
  if (!(outcome instanceof Error)) throw new Error('expected the mint to fail');
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(outcome.message) as Record<string, unknown>;
  } catch {
    // RefreshAuthError and plain errors carry their sentence as it is.
  }
  return { name: outcome.name, raw: outcome.message, ...parsed };
};

describe('cacheSecondsFor: how long a minted location token is kept', () => {
  it('keeps HighLevel\'s positive expires_in less ten minutes, at least a minute and at most a day less ten minutes', () => {
    expect([cacheSecondsFor(3600), cacheSecondsFor(86_399), cacheSecondsFor(200_000), cacheSecondsFor(100), cacheSecondsFor(0.5)]).toEqual([3000, 85_799, 85_799, 60, 60]);
  });

  it('falls back to a day for zero, a number in a string, a boolean or a non-finite number', () => {
    expect([cacheSecondsFor(0), cacheSecondsFor('3600'), cacheSecondsFor(true), cacheSecondsFor(NaN), cacheSecondsFor(-Infinity), cacheSecondsFor(undefined)]).toEqual([
      85_799, 85_799, 85_799, 85_799, 85_799, 85_799,
    ]);
  });
});

describe('locationTokenCacheKey: one cache entry per agency token and sub-account', () => {
  it('is made of the first 16 hex digits of the SHA-256 of the agency token, never the token itself', () => {
    expect(locationTokenCacheKey(ACCESS_TOKEN, SUB_ACCOUNT)).toBe(KEY);
    expect(locationTokenCacheKey(ACCESS_TOKEN, SUB_ACCOUNT)).toMatch(/^highlevel:locationToken:[0-9a-f]{16}:loc_Agency001$/);
  });
});

describe('locationTokenFor: minting and caching', () => {
  it('posts the company and the sub-account form-encoded with the agency token, caches the token for expires_in less ten minutes', async () => {
    const sent: Sent[] = [];
    const scope = exchange(sent, 200, { access_token: MINTED, expires_in: 3600 });
    await expect(mintFor(agencyAuthData)).resolves.toBe(MINTED);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toEqual({ companyId: COMPANY_ID, locationId: SUB_ACCOUNT });
    expect(sent[0]?.headers).toMatchObject({ authorization: `Bearer ${ACCESS_TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' });
    expect(cache()).toEqual({ [KEY]: JSON.stringify(MINTED) });
    expect(cachedFor).toEqual([3000]);
    scope.done();
  });

  it('answers from the cache without a request when a token is cached', async () => {
    cache()[KEY] = JSON.stringify('cached-location-token');
    await expect(mintFor(agencyAuthData)).resolves.toBe('cached-location-token');
    expect(cachedFor).toEqual([]);
  });

  it.each([
    ['an empty string', ''],
    ['a number', 12345],
    ['an object', { access_token: 'old-shape' }],
  ])('mints a new token when the cache holds %s instead of a token', async (_name, stale) => {
    cache()[KEY] = JSON.stringify(stale);
    const scope = exchange([], 200, { access_token: MINTED, expires_in: 86399 });
    await expect(mintFor(agencyAuthData)).resolves.toBe(MINTED);
    expect(cache()[KEY]).toBe(JSON.stringify(MINTED));
    expect(cachedFor).toEqual([85_799]);
    scope.done();
  });

  it('without connection data sends an empty company and caches under the digest of an empty agency token', async () => {
    const sent: Sent[] = [];
    const scope = exchange(sent, 200, { access_token: MINTED });
    await expect(mintFor(undefined)).resolves.toBe(MINTED);
    expect(sent[0]?.body).toEqual({ companyId: '', locationId: SUB_ACCOUNT });
    expect(Object.keys(cache())).toEqual([locationTokenCacheKey('', SUB_ACCOUNT)]);
    expect(locationTokenCacheKey('', SUB_ACCOUNT)).toBe(`highlevel:locationToken:${createHash('sha256').update('').digest('hex').slice(0, 16)}:${SUB_ACCOUNT}`);
    scope.done();
  });
});

describe('locationTokenFor: refusals', () => {
  it.each([400, 403, 404, 422])('HTTP %s means the app is not installed on the sub-account (SubAccountNotInstalled, 403), with HighLevel\'s words', async (status) => {
    exchange([], status, { statusCode: status, message: `Location not found (${ACCESS_TOKEN})` });
    const error = await mintFailure();
    expect(error).toMatchObject({
      code: 'SubAccountNotInstalled',
      status: 403,
      message: `HighLevel would not give access to the sub-account ${SUB_ACCOUNT} (Location not found ([hidden])). The app must be installed on that sub-account: install it from HighLevel's marketplace for this sub-account (or for all sub-accounts), or choose another Sub-account.`,
    });
    expect(cache()).toEqual({});
  });

  it('a refusal without words says so without an empty parenthesis', async () => {
    exchange([], 403, '');
    const error = await mintFailure();
    expect(error).toMatchObject({
      code: 'SubAccountNotInstalled',
      status: 403,
      message: `HighLevel would not give access to the sub-account ${SUB_ACCOUNT}. The app must be installed on that sub-account: install it from HighLevel's marketplace for this sub-account (or for all sub-accounts), or choose another Sub-account.`,
    });
  });

  it('an expired agency token (HTTP 401) asks Zapier to refresh it and run the step again', async () => {
    exchange([], 401, { statusCode: 401, message: 'Invalid JWT' }, { 'Content-Type': 'application/json' });
    const error = await mintFailure();
    expect(error.name).toBe('RefreshAuthError');
    expect(error.raw).toBe(
      "HighLevel's access token expired or is no longer valid (HTTP 401: Invalid JWT). Zapier renews it and retries; when testing locally, run `zapier-platform invoke auth refresh` and try again.",
    );
    expect(cache()).toEqual({});
  });

  it('a server failure (HTTP 500) is a ServerError with HighLevel\'s words, the agency token hidden', async () => {
    exchange([], 500, { message: `upstream down for ${ACCESS_TOKEN}` }, { 'Content-Type': 'application/json' });
    const error = await mintFailure();
    expect(error).toMatchObject({
      code: 'ServerError',
      status: 500,
      message: "HighLevel failed to answer (HTTP 500): upstream down for [hidden]. This is on HighLevel's side and usually temporary: the step can be retried.",
    });
  });

  it('a rate limit (HTTP 429) waits as long as Retry-After says', async () => {
    exchange([], 429, { message: 'Too many requests' }, { 'Retry-After': '37' });
    const error = await mintFailure();
    expect(error).toMatchObject({ name: 'ThrottledError', delay: 37, message: "HighLevel's rate limit was reached (HTTP 429); Zapier will retry in 37 s." });
  });

  it.each([
    ['no access_token', { expires_in: 86399 }],
    ['an empty access_token', { access_token: '', expires_in: 86399 }],
    ['a number as access_token', { access_token: 12345, expires_in: 86399 }],
  ])('an answer with %s is an InvalidTokenResponse, and nothing is cached', async (_name, body) => {
    exchange([], 200, body);
    const error = await mintFailure();
    expect(error).toMatchObject({
      code: 'InvalidTokenResponse',
      status: 200,
      message: 'HighLevel answered the sub-account token request without a token. Try again later.',
    });
    expect(cache()).toEqual({});
  });
});

describe('isOAuthPath and authorizationFor: the OAuth routes keep the connection\'s own token', () => {
  it('recognises /oauth and the routes under it, nothing else', () => {
    expect(['/oauth', '/oauth/', '/oauth/locationToken', '/oauthx', '/contacts/oauth', '', '/'].map(isOAuthPath)).toEqual([true, true, true, false, false, false, false]);
  });

  it('gives no location token for /oauth itself, even with a sub-account chosen (no exchange)', async () => {
    const headersFor = (path: string) =>
      appTester((async (z: ZObject, bundle: Bundle) => authorizationFor(z, bundle, path)) as never, { authData: agencyAuthData, inputData: { subAccount: SUB_ACCOUNT } } as never);
    await expect(headersFor('/oauth')).resolves.toEqual({});
    await expect(headersFor('/oauth/installedLocations')).resolves.toEqual({});
  });
});
