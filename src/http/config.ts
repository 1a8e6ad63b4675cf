/** Where HighLevel lives, and which API version each service speaks. Read at call time so tests and the sandbox can point elsewhere. */

export const DEFAULT_API_BASE_URL = 'https://services.leadconnectorhq.com';
export const DEFAULT_MARKETPLACE_URL = 'https://marketplace.gohighlevel.com';
export const WHITE_LABEL_MARKETPLACE_URL = 'https://marketplace.leadconnectorhq.com';

/** HighLevel's API host, or HIGHLEVEL_API_BASE_URL (a local sandbox, a test server). No trailing slash. */
export const apiBaseUrl = (): string =>
  (process.env.HIGHLEVEL_API_BASE_URL || DEFAULT_API_BASE_URL).replace(/\/+$/, '');

/**
 * The marketplace host that shows HighLevel's "choose a sub-account" page.
 * HIGHLEVEL_MARKETPLACE_URL wins; HIGHLEVEL_WHITE_LABEL=true picks the white-label host.
 */
export const marketplaceBaseUrl = (): string => {
  if (process.env.HIGHLEVEL_MARKETPLACE_URL) return process.env.HIGHLEVEL_MARKETPLACE_URL.replace(/\/+$/, '');
  return /^(1|true|yes)$/i.test(process.env.HIGHLEVEL_WHITE_LABEL ?? '') ? WHITE_LABEL_MARKETPLACE_URL : DEFAULT_MARKETPLACE_URL;
};

export const TOKEN_PATH = '/oauth/token';

/** Calendars and conversations are on the 2021-04-15 API version; every other service on 2021-07-28 (highlevel-api.md §2). */
export const versionForPath = (pathname: string): string =>
  /^\/(calendars|conversations)(\/|$)/.test(pathname) ? '2021-04-15' : '2021-07-28';

/** The URL's path when it points at HighLevel's API host, otherwise undefined (file downloads, other hosts). */
export const apiPathOf = (url: string): string | undefined => {
  const base = apiBaseUrl();
  if (url !== base && !url.startsWith(`${base}/`) && !url.startsWith(`${base}?`)) return undefined;
  return new URL(url).pathname;
};

/**
 * The marketplace app's id, which GET /oauth/installedLocations requires. HighLevel's client ids are the app id
 * followed by `-` and a suffix; HIGHLEVEL_APP_ID overrides it.
 */
export const marketplaceAppId = (): string =>
  process.env.HIGHLEVEL_APP_ID || (process.env.CLIENT_ID ?? '').split('-')[0] || '';
