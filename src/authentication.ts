import type { Authentication, Bundle, ZObject } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';
import { apiBaseUrl, marketplaceBaseUrl, TOKEN_PATH } from './http/config';
import { errorForResponse, highLevelMessage, withoutContext } from './http/errors';
import { apiPath } from './http/path';
import { callApi } from './http/client';
import { refuseRedirect } from './http/redirects';
import { ACCOUNT_KEY, AGENCY_ACCOUNT, connectionOf, isAgencyConnection, SUB_ACCOUNT_ACCOUNT } from './connection';
import { scopesFor, SUB_ACCOUNT_SCOPES } from './scopes';

/**
 * OAuth2 against HighLevel's marketplace. The user first chooses the connection type: one sub-account (HighLevel's
 * consent page picks it, the connection keeps its location id) or an agency (a company token; each step then picks a
 * sub-account and works through a location token). HighLevel rotates refresh tokens: every refresh stores the new one.
 */

export type UserType = 'Location' | 'Company';
/** The auth field asked before the redirect; OAuth2 hands it to authorizeUrl and getAccessToken as inputData. */
export const CONNECTION_TYPE_KEY = 'connectionType';
const requestedUserType = (bundle: Bundle): UserType => (bundle.inputData?.[CONNECTION_TYPE_KEY] === 'Company' ? 'Company' : 'Location');

const clientCredentials = () => ({
  client_id: process.env.CLIENT_ID ?? '',
  client_secret: process.env.CLIENT_SECRET ?? '',
});

/** HighLevel's token answer. `approvedLocations`/`isBulkInstallation`: highlevel-api-docs issues #294 and #130 (bulk installs). */
type TokenAnswer = {
  access_token?: unknown;
  refresh_token?: unknown;
  expires_in?: unknown;
  locationId?: unknown;
  companyId?: unknown;
  userId?: unknown;
  userType?: unknown;
  scope?: unknown;
  approvedLocations?: unknown;
  isBulkInstallation?: unknown;
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * 4xx answers to a refresh that mean "try again later" rather than "this grant is dead" (Zapier's own list for
 * refreshAccessToken, docs.zapier.com/platform/news/4xx-errors-refreshAccessToken); every other 4xx means reconnect.
 */
const TEMPORARY_STATUSES = new Set([408, 409, 423, 425, 429]);

const reconnect = (said: string | undefined, status: number) =>
  withoutContext(
    new errors.ExpiredAuthError(
      `HighLevel no longer accepts this connection (HTTP ${status}${said ? `: ${said}` : ''}): its access was revoked, it expired, or the app was uninstalled. Reconnect HighLevel in Zapier to continue.`,
    ),
  );

const refusedConnect = (said: string | undefined, status: number) =>
  new errors.Error(
    `HighLevel refused to connect (HTTP ${status}${said ? `: ${said}` : ''}). ${
      /invalid[ _]grant|code/i.test(said ?? '')
        ? 'The sign-in code expired or was already used: start connecting again.'
        : 'Start connecting again; if it keeps failing, check that the app is installed and its client id and secret are right.'
    }`,
    'ConnectRefused',
    status,
  );

/** POST /oauth/token, form-encoded, without bearer or Version header (the middleware skips this path). */
const requestToken = async (z: ZObject, form: Record<string, string>, userType: UserType, refreshing: boolean): Promise<TokenAnswer> => {
  const response = await z.request({
    url: `${apiBaseUrl()}${TOKEN_PATH}`,
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({ ...clientCredentials(), ...form, user_type: userType }).toString(),
    skipThrowForStatus: true,
    // The client secret and the refresh token never follow a redirect to another host (issue 15.4).
    redirect: 'manual',
  });
  refuseRedirect(response, 'token');
  if (response.status >= 400) {
    // The form's refresh token or code must not come back in a message, even if HighLevel echoes it.
    const secrets = [form.refresh_token, form.code];
    const contentType = response.headers.get('content-type');
    const said = highLevelMessage(response.content, contentType, secrets);
    const temporary = response.status >= 500 || TEMPORARY_STATUSES.has(response.status);
    if (!temporary) throw refreshing ? reconnect(said, response.status) : refusedConnect(said, response.status);
    throw errorForResponse({ status: response.status, content: response.content, contentType, header: (name) => response.headers.get(name), secrets });
  }
  const answer = (response.data && typeof response.data === 'object' ? response.data : {}) as TokenAnswer;
  if (!text(answer.access_token) || !text(answer.refresh_token)) {
    throw new errors.Error('HighLevel answered the token request without an access and refresh token. Try connecting again.', 'InvalidTokenResponse', response.status);
  }
  return answer;
};

const grantedTypeOf = (answer: TokenAnswer, requested: UserType): UserType =>
  answer.userType === 'Company' || answer.userType === 'Location' ? answer.userType : requested;

/**
 * What the connection stores: the tokens, the ids, and which kind of token it is under `account` (a key core logs
 * as it is; `userType`'s words were censored from every log line, issue 15.9). Nothing else from the answer.
 */
const storedFrom = (answer: TokenAnswer, grantedType: UserType, boundLocation: string | undefined) => ({
  access_token: String(answer.access_token),
  refresh_token: String(answer.refresh_token),
  ...(typeof answer.expires_in === 'number' && Number.isFinite(answer.expires_in) ? { expires_in: answer.expires_in } : {}),
  [ACCOUNT_KEY]: grantedType === 'Company' ? AGENCY_ACCOUNT : SUB_ACCOUNT_ACCOUNT,
  // An agency token answers for the company; a location id there would tie it to one sub-account.
  ...(boundLocation ? { locationId: boundLocation } : {}),
  ...(text(answer.companyId) ? { companyId: text(answer.companyId) } : {}),
  ...(text(answer.userId) ? { userId: text(answer.userId) } : {}),
});

const grantedScopes = (answer: TokenAnswer): Set<string> => new Set((text(answer.scope) ?? '').split(/\s+/));

/**
 * "Allow agency to bulk install" (highlevel-api-docs #294): a user who asked for one sub-account may get an agency
 * token without a location id. With exactly one approved sub-account and a token allowed to mint location tokens,
 * the connection keeps that sub-account; otherwise the user is told what to change (issue 14.9).
 */
const bulkInstalledLocation = (answer: TokenAnswer): string => {
  const approved = Array.isArray(answer.approvedLocations) ? answer.approvedLocations.filter((id): id is string => typeof id === 'string' && id !== '') : [];
  if (approved.length === 1 && grantedScopes(answer).has('oauth.write')) return approved[0]!;
  throw new errors.Error(
    'HighLevel gave an agency-wide token instead of a sub-account token: the app is installed for the whole agency ("Allow agency to bulk install"), and HighLevel did not say which single sub-account you chose. Connect again and choose the connection type "Agency (all its sub-accounts)": each step then asks which sub-account it works on.',
    'AgencyTokenForSubAccount',
    400,
  );
};

export const getAccessToken = async (z: ZObject, bundle: Bundle) => {
  const requested = requestedUserType(bundle);
  const answer = await requestToken(
    z,
    { grant_type: 'authorization_code', code: String(bundle.inputData.code ?? ''), redirect_uri: String(bundle.inputData.redirect_uri ?? '') },
    requested,
    false,
  );
  const granted = grantedTypeOf(answer, requested);
  const location = text(answer.locationId);
  if (granted === 'Location') return storedFrom(answer, granted, location);
  if (requested === 'Company') return storedFrom(answer, granted, undefined);
  return storedFrom(answer, granted, bulkInstalledLocation(answer));
};

/**
 * A refresh answers for the connection it renews: an answer naming another sub-account or agency, or the other kind
 * of token, is refused and changes nothing (issue 15.10). Ids the answer omits are kept.
 */
const checkSameIdentity = (bundle: Bundle, answer: TokenAnswer, expected: UserType) => {
  const differs = (key: 'locationId' | 'companyId') => {
    const said = text(answer[key]);
    const held = text(bundle.authData?.[key]);
    return said !== undefined && held !== undefined && said !== held;
  };
  const wrongType = answer.userType !== undefined && answer.userType !== expected;
  const wrongLocation = expected === 'Location' && differs('locationId');
  if (wrongType || wrongLocation || differs('companyId')) {
    throw withoutContext(new errors.ExpiredAuthError(
      `HighLevel renewed this connection for ${wrongType ? `a ${String(answer.userType)} token` : 'another sub-account or agency'}, not for the one it was made for; the answer was refused and nothing changed. Reconnect HighLevel in Zapier.`,
    ));
  }
};

export const refreshAccessToken = async (z: ZObject, bundle: Bundle) => {
  const userType: UserType = isAgencyConnection(bundle) ? 'Company' : 'Location';
  const answer = await requestToken(z, { grant_type: 'refresh_token', refresh_token: String(bundle.authData.refresh_token ?? '') }, userType, true);
  checkSameIdentity(bundle, answer, userType);
  const { locationId, companyId, userId } = bundle.authData;
  return { ...(locationId ? { locationId } : {}), companyId, userId, ...storedFrom(answer, userType, text(locationId)) };
};

export const authorizeUrl = async (_z: ZObject, bundle: Bundle): Promise<string> => {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: process.env.CLIENT_ID ?? '',
    redirect_uri: String(bundle.inputData.redirect_uri ?? ''),
    scope: scopesFor(requestedUserType(bundle)).join(' '),
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
    { key: ACCOUNT_KEY, type: 'string', required: false, computed: true },
    { key: 'locationId', type: 'string', required: false, computed: true },
    { key: 'companyId', type: 'string', required: false, computed: true },
    { key: 'userId', type: 'string', required: false, computed: true },
  ],
  oauth2Config: {
    authorizeUrl,
    getAccessToken,
    refreshAccessToken,
    scope: SUB_ACCOUNT_SCOPES.join(' '),
    // Not every 401 is an expired token (issue 14.4): core's autoRefresh would turn every 401 into a refresh before
    // the app sees HighLevel's reason. mapHighLevelErrors throws RefreshAuthError itself when the token expired.
    autoRefresh: false,
  },
  test: testAuth,
  connectionLabel: '{{name}}',
} satisfies Authentication;
