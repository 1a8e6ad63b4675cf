import type { Authentication, Bundle, ZObject } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';
import { apiBaseUrl, marketplaceBaseUrl, TOKEN_PATH } from './http/config';
import { errorForResponse, highLevelMessage } from './http/errors';
import { apiPath } from './http/path';
import { callApi } from './http/client';
import { connectionOf, isAgencyConnection } from './connection';
import { AGENCY_SCOPES, EXTENSION_SCOPES, SCOPES } from './scopes';

/**
 * OAuth2 against HighLevel's marketplace. The user first chooses the connection type: one sub-account (HighLevel's
 * consent page picks it, the connection keeps its location id) or an agency (a company token; each step then picks a
 * sub-account and works through a location token). HighLevel rotates refresh tokens: every refresh stores the new one.
 */

export type UserType = 'Location' | 'Company';
/** The auth field asked before the redirect; OAuth2 hands it to authorizeUrl and getAccessToken as inputData. */
export const CONNECTION_TYPE_KEY = 'connectionType';
const requestedUserType = (bundle: Bundle): UserType => (bundle.inputData?.[CONNECTION_TYPE_KEY] === 'Company' ? 'Company' : 'Location');
const APP_SCOPES = [...SCOPES, ...EXTENSION_SCOPES];
const scopesFor = (userType: UserType): string => (userType === 'Company' ? [...APP_SCOPES, ...AGENCY_SCOPES] : APP_SCOPES).join(' ');

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
  userType?: string;
};

const RECONNECT =
  'HighLevel no longer accepts this connection (its refresh token was revoked, expired, or already used). Reconnect HighLevel in Zapier to continue.';

/** POST /oauth/token, form-encoded, without bearer or Version header (the middleware skips this path). */
const requestToken = async (z: ZObject, form: Record<string, string>, userType: UserType, refreshing: boolean) => {
  const response = await z.request({
    url: `${apiBaseUrl()}${TOKEN_PATH}`,
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({ ...clientCredentials(), ...form, user_type: userType }).toString(),
    skipThrowForStatus: true,
  });
  if (response.status >= 400) {
    // The form's refresh token or code must not come back in a message, even if HighLevel echoes it.
    const secrets = [form.refresh_token, form.code];
    const said = highLevelMessage(response.content, response.headers.get('content-type'), secrets) ?? '';
    if (refreshing && response.status < 500 && response.status !== 429 && /invalid[ _]grant|refresh token|invalid_token/i.test(said)) {
      throw new errors.ExpiredAuthError(RECONNECT);
    }
    throw errorForResponse({
      status: response.status,
      content: response.content,
      contentType: response.headers.get('content-type'),
      header: (name) => response.headers.get(name),
      secrets,
    });
  }
  const answer = (response.data ?? {}) as TokenAnswer;
  if (!answer.access_token || !answer.refresh_token) {
    throw new errors.Error('HighLevel answered the token request without an access and refresh token. Try connecting again.', 'InvalidTokenResponse', response.status);
  }
  // Only the tokens and ids: short plain words stored here would be censored from every log.
  const grantedType: UserType = answer.userType === 'Company' || answer.userType === 'Location' ? answer.userType : userType;
  return {
    access_token: answer.access_token,
    refresh_token: answer.refresh_token,
    ...(answer.expires_in !== undefined ? { expires_in: answer.expires_in } : {}),
    userType: grantedType,
    // An agency token answers for the company; a location id there would tie it to one sub-account.
    ...(answer.locationId && grantedType === 'Location' ? { locationId: answer.locationId } : {}),
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
    requestedUserType(bundle),
    false,
  );

export const refreshAccessToken = async (z: ZObject, bundle: Bundle) => {
  const userType: UserType = isAgencyConnection(bundle) ? 'Company' : 'Location';
  const refreshed = await requestToken(z, { grant_type: 'refresh_token', refresh_token: String(bundle.authData.refresh_token ?? '') }, userType, true);
  // A refresh answer may omit the ids; keep the ones the connection already has.
  const { locationId, companyId, userId } = bundle.authData;
  return { ...(locationId ? { locationId } : {}), companyId, userId, ...refreshed };
};

export const authorizeUrl = async (_z: ZObject, bundle: Bundle): Promise<string> => {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: process.env.CLIENT_ID ?? '',
    redirect_uri: String(bundle.inputData.redirect_uri ?? ''),
    scope: scopesFor(requestedUserType(bundle)),
    state: String(bundle.inputData.state ?? ''),
  });
  return `${marketplaceBaseUrl()}/v2/oauth/chooselocation?${query.toString()}`;
};

/** Proves the token works for its sub-account (or agency); the answer names the connection. */
export const testAuth = async (z: ZObject, bundle: Bundle) => {
  const connection = connectionOf(bundle);
  if (connection.isAgency) {
    const { companyId } = connection;
    const answer = await callApi<{ company?: Record<string, unknown> }>(z, bundle, { method: 'GET', path: apiPath`/companies/${companyId}` });
    const company = answer.company ?? {};
    const name = typeof company.name === 'string' && company.name ? company.name : companyId;
    return { ...company, companyId, name: `${name} (agency)` };
  }
  const { locationId } = connection;
  const answer = await callApi<{ location?: Record<string, unknown> }>(z, bundle, { method: 'GET', path: apiPath`/locations/${locationId}` });
  return { ...(answer.location ?? {}), locationId };
};

export default {
  type: 'oauth2',
  fields: [
    {
      key: CONNECTION_TYPE_KEY,
      label: 'Connection type',
      type: 'string',
      required: true,
      default: 'Location',
      choices: { Location: 'One sub-account', Company: 'Agency (all its sub-accounts)' },
      helpText:
        'Most people connect **one sub-account**. Choose **Agency** to use one connection for every sub-account the app is installed on (each step then asks which sub-account) and for the agency-only steps: Get Company, Create Location, List Snapshots and Filter Users by Email. An agency connection needs an agency admin.',
    },
    { key: 'userType', type: 'string', required: false, computed: true },
    { key: 'locationId', type: 'string', required: false, computed: true },
    { key: 'companyId', type: 'string', required: false, computed: true },
    { key: 'userId', type: 'string', required: false, computed: true },
  ],
  oauth2Config: {
    authorizeUrl,
    getAccessToken,
    refreshAccessToken,
    scope: APP_SCOPES.join(' '),
    autoRefresh: true,
  },
  test: testAuth,
  connectionLabel: '{{name}}',
} satisfies Authentication;
