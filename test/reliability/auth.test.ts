import App from '../../index';
import { ACCESS_TOKEN, REFRESH_TOKEN } from '../helpers';
import type { OperationCase, SeenRequest } from './support';
import { answerEveryRequest, authDataFor, everyOperation, expectReadableError, Figures, runAppFunction, runCase } from './support';

/**
 * Issue 8 (part A): an expired token, for every operation. HighLevel's 401 becomes core's RefreshAuthError (autoRefresh),
 * Zapier refreshes with the rotating refresh token, stores what the refresh returns, and the retry carries the new token.
 * The refresh itself (form fields, rotation, invalid_grant → reconnect) is covered once in test/authentication.test.ts.
 */

const figures = new Figures('Expired token: operations run and passing');
afterAll(() => figures.print());

const TOKEN_PATH = '/oauth/token';
const NEW_ACCESS_TOKEN = 'access-token-rotated-2b3c4d5e6f70';
const NEW_REFRESH_TOKEN = 'refresh-token-rotated-8a9b0c1d2e3f';
const EXPIRED = { status: 401, body: { statusCode: 401, message: 'Invalid JWT' } };

const refreshAccessToken = App.authentication!.oauth2Config!.refreshAccessToken!;
const bearerOf = (request: SeenRequest) => request.headers.authorization;
const formOf = (request: SeenRequest) => Object.fromEntries(new URLSearchParams(request.body));

describe('HighLevel answers 401 (token expired)', () => {
  it.each(everyOperation)('%s asks Zapier to refresh (RefreshAuthError)', async (_key, entry) => {
    await figures.check('401 → RefreshAuthError', async () => {
      const seen = answerEveryRequest(() => EXPIRED);
      const outcome = await runCase(entry);
      expect(seen.length).toBeGreaterThan(0);
      expect(expectReadableError(outcome).name).toBe('RefreshAuthError');
      expect(seen.every((request) => bearerOf(request) === `Bearer ${ACCESS_TOKEN}`)).toBe(true);
    });
  });
});

/** What Zapier does after a RefreshAuthError: call refreshAccessToken, store what it returns into authData, retry. */
const refreshAndRetry = async (entry: OperationCase) => {
  const authData = authDataFor(entry);
  // HighLevel: the old token is expired, the token endpoint rotates both tokens (and omits the ids), the new token works.
  const seen = answerEveryRequest((request) => {
    if (request.path === TOKEN_PATH) {
      return { status: 200, body: { access_token: NEW_ACCESS_TOKEN, refresh_token: NEW_REFRESH_TOKEN, expires_in: 86399, token_type: 'Bearer' } };
    }
    return bearerOf(request) === `Bearer ${NEW_ACCESS_TOKEN}` ? { status: 200, body: {} } : EXPIRED;
  });
  const first = await runCase(entry, { authData });
  const refreshed = (await runAppFunction(refreshAccessToken, { authData, inputData: {} })) as Record<string, unknown>;
  const stored = { ...authData, ...refreshed };
  const retry = await runCase(entry, { authData: stored });
  return { seen, first, refreshed, stored, retry };
};

describe('refresh and retry', () => {
  it.each(everyOperation)('%s retries with the rotated token and keeps the connection', async (_key, entry) => {
    await figures.check('401 → refresh → retry with new token', async () => {
      const { seen, first, refreshed, stored, retry } = await refreshAndRetry(entry);
      expect(first.error?.name).toBe('RefreshAuthError');

      const tokenRequests = seen.filter((request) => request.path === TOKEN_PATH);
      expect(tokenRequests).toHaveLength(1);
      expect(formOf(tokenRequests[0]!)).toMatchObject({ grant_type: 'refresh_token', refresh_token: REFRESH_TOKEN });

      // Rotation: the NEW refresh token is stored (the old one is dead once used); the connection's ids stay.
      expect(refreshed).toMatchObject({ access_token: NEW_ACCESS_TOKEN, refresh_token: NEW_REFRESH_TOKEN });
      const original = authDataFor(entry);
      for (const id of ['locationId', 'companyId', 'userId'] as const) expect(stored[id]).toBe(original[id]);

      // The retry is not sent back to refresh. (An empty `{}` answer may still stop an operation that reads first.)
      expect(retry.error?.name).not.toBe('RefreshAuthError');
      if (retry.error) expectReadableError(retry);
      const retried = seen.slice(seen.indexOf(tokenRequests[0]!) + 1);
      expect(retried.length).toBeGreaterThan(0);
      expect(retried.every((request) => bearerOf(request) === `Bearer ${NEW_ACCESS_TOKEN}`)).toBe(true);
    });
  });
});
