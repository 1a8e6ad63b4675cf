import type { Authentication, Bundle, ZObject } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';
import { apiBaseUrl, marketplaceBaseUrl, TOKEN_PATH } from './http/config';
import { errorForResponse, highLevelMessage } from './http/errors';
import { apiPath } from './http/path';
import { callApi } from './http/client';
import { connectionOf } from './connection';
import { SCOPES } from './scopes';

/**
 * OAuth2 against HighLevel's marketplace: the user picks one sub-account on HighLevel's consent page,
 * and the connection keeps its location id. HighLevel rotates refresh tokens: every refresh stores the new one.
 */

const clientCredentials = () => ({
  client_id: process.env.CLIENT_ID ?? '',
  client_secret: process.env.CLIENT_SECRET ?? '',
});

type TokenAnswer = {
  access_token?: string;
  refresh_token?: string;
  expires_in?: number;
  locationId?: string;
  companyId?: string;
  userId?: string;
};

const RECONNECT =
  'HighLevel no longer accepts this connection (its refresh token was revoked, expired, or already used). Reconnect HighLevel in Zapier to continue.';

/** POST /oauth/token, form-encoded, without bearer or Version header (the middleware skips this path). */
const requestToken = async (z: ZObject, form: Record<string, string>, refreshing: boolean) => {
  const response = await z.request({
    url: `${apiBaseUrl()}${TOKEN_PATH}`,
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({ ...clientCredentials(), ...form, user_type: 'Location' }).toString(),
    skipThrowForStatus: true,
  });
  if (response.status >= 400) {
    const said = highLevelMessage(response.content, response.headers.get('content-type')) ?? '';
    if (refreshing && response.status < 500 && response.status !== 429 && /invalid[ _]grant|refresh token|invalid_token/i.test(said)) {
      throw new errors.ExpiredAuthError(RECONNECT);
    }
    throw errorForResponse({
      status: response.status,
      content: response.content,
      contentType: response.headers.get('content-type'),
      header: (name) => response.headers.get(name),
    });
  }
  const answer = (response.data ?? {}) as TokenAnswer;
  if (!answer.access_token || !answer.refresh_token) {
    throw new errors.Error('HighLevel answered the token request without an access and refresh token. Try connecting again.', 'InvalidTokenResponse', response.status);
  }
  // Only the tokens and ids: short plain words stored here would be censored from every log.
  return {
    access_token: answer.access_token,
    refresh_token: answer.refresh_token,
    ...(answer.expires_in !== undefined ? { expires_in: answer.expires_in } : {}),
    ...(answer.locationId ? { locationId: answer.locationId } : {}),
    ...(answer.companyId ? { companyId: answer.companyId } : {}),
    ...(answer.userId ? { userId: answer.userId } : {}),
  };
};

export const getAccessToken = (z: ZObject, bundle: Bundle) =>
  requestToken(
    z,
    {
      grant_type: 'authorization_code',
      code: String(bundle.inputData.code ?? ''),
      redirect_uri: String(bundle.inputData.redirect_uri ?? ''),
    },
    false,
  );

export const refreshAccessToken = async (z: ZObject, bundle: Bundle) => {
  const refreshed = await requestToken(z, { grant_type: 'refresh_token', refresh_token: String(bundle.authData.refresh_token ?? '') }, true);
  // A refresh answer may omit the ids; keep the ones the connection already has.
  const { locationId, companyId, userId } = bundle.authData;
  return { locationId, companyId, userId, ...refreshed };
};

export const authorizeUrl = async (_z: ZObject, bundle: Bundle): Promise<string> => {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: process.env.CLIENT_ID ?? '',
    redirect_uri: String(bundle.inputData.redirect_uri ?? ''),
    scope: SCOPES.join(' '),
    state: String(bundle.inputData.state ?? ''),
  });
  return `${marketplaceBaseUrl()}/v2/oauth/chooselocation?${query.toString()}`;
};

/** Proves the token works for its sub-account; the answer names the connection. */
export const testAuth = async (z: ZObject, bundle: Bundle) => {
  const { locationId } = connectionOf(bundle);
  const answer = await callApi<{ location?: Record<string, unknown> }>(z, bundle, { method: 'GET', path: apiPath`/locations/${locationId}` });
  return { ...(answer.location ?? {}), locationId };
};

export default {
  type: 'oauth2',
  fields: [
    { key: 'locationId', type: 'string', required: false, computed: true },
    { key: 'companyId', type: 'string', required: false, computed: true },
    { key: 'userId', type: 'string', required: false, computed: true },
  ],
  oauth2Config: {
    authorizeUrl,
    getAccessToken,
    refreshAccessToken,
    scope: SCOPES.join(' '),
    autoRefresh: true,
  },
  test: testAuth,
  connectionLabel: '{{name}}',
} satisfies Authentication;
