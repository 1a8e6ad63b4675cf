import { createHash } from 'node:crypto';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';
import { isAgencyConnection, subAccountRequired, workingSubAccount } from '../connection';
import { apiBaseUrl } from './config';
import { errorForResponse, highLevelMessage, secretsOf } from './errors';
import { refuseRedirect } from './redirects';

/**
 * An agency connection works on a sub-account through a location token: POST /oauth/locationToken
 * (form-encoded companyId + locationId, agency bearer). The token lives about a day; it is kept in z.cache for
 * less than that, under a key made from a digest of the agency token: unique to the connection, and a refreshed
 * agency token never meets a stale location token.
 */

export const LOCATION_TOKEN_PATH = '/oauth/locationToken';
/** Refetch well before HighLevel's expiry (`expires_in`, about 24 h) so no request carries a token about to die. */
const SAFETY_MARGIN_SECONDS = 600;
const DEFAULT_LIFETIME_SECONDS = 86_399;

/** Seconds to keep a minted token: HighLevel's `expires_in` when it is a sane number (never `1e309`, issue 15.11), at most a day. */
export const cacheSecondsFor = (expiresIn: unknown): number => {
  const lifetime = typeof expiresIn === 'number' && Number.isFinite(expiresIn) && expiresIn > 0 ? Math.min(expiresIn, DEFAULT_LIFETIME_SECONDS) : DEFAULT_LIFETIME_SECONDS;
  return Math.max(60, Math.floor(lifetime - SAFETY_MARGIN_SECONDS));
};

const digest = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 16);

export const locationTokenCacheKey = (agencyToken: string, locationId: string) =>
  `highlevel:locationToken:${digest(agencyToken)}:${locationId}`;

const notInstalled = (locationId: string, said: string | undefined) =>
  new errors.Error(
    `HighLevel would not give access to the sub-account ${locationId}${said ? ` (${said})` : ''}. The app must be installed on that sub-account: install it from HighLevel's marketplace for this sub-account (or for all sub-accounts), or choose another Sub-account.`,
    'SubAccountNotInstalled',
    403,
  );

export const locationTokenFor = async (z: ZObject, bundle: Bundle, locationId: string): Promise<string> => {
  const agencyToken = String(bundle.authData?.access_token ?? '');
  const companyId = String(bundle.authData?.companyId ?? '');
  const cacheKey = locationTokenCacheKey(agencyToken, locationId);
  const cached = (await z.cache.get(cacheKey)) as string | null;
  if (typeof cached === 'string' && cached) return cached;

  const response = await z.request({
    url: `${apiBaseUrl()}${LOCATION_TOKEN_PATH}`,
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ companyId, locationId }).toString(),
    skipThrowForStatus: true,
    // The agency token must not follow a redirect to another host (issue 15.4).
    redirect: 'manual',
  });
  refuseRedirect(response, 'sub-account token');
  const contentType = response.headers.get('content-type');
  const secrets = secretsOf(bundle.authData);
  if (response.status === 400 || response.status === 403 || response.status === 404 || response.status === 422) {
    throw notInstalled(locationId, highLevelMessage(response.content, contentType, secrets));
  }
  if (response.status >= 400) {
    throw errorForResponse({ status: response.status, content: response.content, contentType, header: (name) => response.headers.get(name), secrets });
  }
  const answer = (response.data ?? {}) as { access_token?: unknown; expires_in?: unknown };
  if (typeof answer.access_token !== 'string' || !answer.access_token) {
    throw new errors.Error('HighLevel answered the sub-account token request without a token. Try again later.', 'InvalidTokenResponse', response.status);
  }
  await z.cache.set(cacheKey, answer.access_token, cacheSecondsFor(answer.expires_in));
  return answer.access_token;
};

/** The OAuth routes (token, locationToken, installedLocations) always speak with the connection's own token. */
export const isOAuthPath = (path: string) => path === '/oauth' || path.startsWith('/oauth/');

/**
 * The routes an agency token itself may call: the agency's own records, the agency-level operations (Get Company,
 * Create Location, List Snapshots, Filter Users by Email, Get Location, List Locations) and the OAuth routes.
 * Everything else works on a sub-account and never gets the agency token (issue 15.2).
 */
const AGENCY_TOKEN_PATHS = /^\/(?:oauth|companies|snapshots)(?:\/|$)|^\/locations\/(?:search)?$|^\/locations\/[^/]+$|^\/users\/search\/filter-by-email$/;
export const takesAgencyToken = (path: string): boolean => AGENCY_TOKEN_PATHS.test(path);

/**
 * The token a request to `path` must carry when the connection holds an agency token and works on a sub-account:
 * that sub-account's location token; undefined when the connection's own token is the right one. Resolved before
 * z.request, because the beforeRequest middleware gets a z without `request`. A sub-account route without a
 * sub-account is refused, never sent with the agency token.
 */
export const locationTokenForPath = async (z: ZObject, bundle: Bundle, path: string): Promise<string | undefined> => {
  if (!isAgencyConnection(bundle) || isOAuthPath(path)) return undefined;
  const subAccount = workingSubAccount(bundle);
  if (subAccount) return locationTokenFor(z, bundle, subAccount);
  if (takesAgencyToken(path)) return undefined;
  throw subAccountRequired();
};

/** The Authorization header to give z.request for `path`, if the connection's own token is not the one. */
export const authorizationFor = async (z: ZObject, bundle: Bundle, path: string): Promise<Record<string, string>> => {
  const token = await locationTokenForPath(z, bundle, path);
  if (!token) return {};
  censorInLogs(token);
  return { Authorization: `Bearer ${token}` };
};

/**
 * Core censors in its logs the connection's authData and every environment value under a key naming a token, but a
 * minted location token is in neither: echoed bare by HighLevel in a response it was logged verbatim (issue 15.6).
 * The token in use is kept under such a key for this invocation, so core's log scrubber hides it wherever it appears.
 */
export const LOGGED_TOKEN_ENV = 'HIGHLEVEL_LOCATION_ACCESS_TOKEN';
const censorInLogs = (token: string): void => {
  process.env[LOGGED_TOKEN_ENV] = token;
};
