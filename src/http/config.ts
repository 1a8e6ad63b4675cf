/** Where HighLevel lives, and which API version each service speaks. Read at call time so tests and the sandbox can point elsewhere. */

export const DEFAULT_API_BASE_URL = 'https://services.leadconnectorhq.com';
export const DEFAULT_MARKETPLACE_URL = 'https://marketplace.gohighlevel.com';
export const WHITE_LABEL_MARKETPLACE_URL = 'https://marketplace.leadconnectorhq.com';

/**
 * Where the app may send tokens and the client secret: HighLevel's own hosts over https. HIGHLEVEL_LOCAL_TESTING=true
 * (the sandbox, the bench, tests) also allows http and https on loopback, and nothing else: an override pointing at any
 * other host, or at plain http, would hand the connection's secrets to it (issue 15.8).
 */
export const LOCAL_TESTING_SWITCH = 'HIGHLEVEL_LOCAL_TESTING';
const HIGHLEVEL_HOST = /^(?:[a-z0-9-]+\.)*(?:leadconnectorhq\.com|gohighlevel\.com)$/i;
const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

const localTesting = (): boolean => /^(1|true|yes)$/i.test(process.env[LOCAL_TESTING_SWITCH] ?? '');

/** `value` as a base URL without trailing slash, or an error naming the setting and what it must be. */
export const checkedBaseUrl = (setting: string, value: string): string => {
  const refuse = (why: string) =>
    new Error(
      `${setting} is not allowed (${why}). It must be an https URL on HighLevel's hosts (leadconnectorhq.com, gohighlevel.com)` +
        `, or, with ${LOCAL_TESTING_SWITCH}=true, a URL on this machine (127.0.0.1, localhost, [::1]). Unset it to use HighLevel.`,
    );
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse('not a URL');
  }
  if (url.username || url.password || url.search || url.hash) throw refuse('a base URL has no credentials, query or fragment');
  const loopback = LOOPBACK_HOST.test(url.hostname);
  if (localTesting() && loopback && (url.protocol === 'http:' || url.protocol === 'https:')) return value.replace(/\/+$/, '');
  // A loopback URL is refused for what it lacks: the switch, or (with the switch on) an http or https scheme.
  const local = loopback ? (localTesting() ? 'a local URL must be http or https' : `a local URL needs ${LOCAL_TESTING_SWITCH}=true`) : undefined;
  if (url.protocol !== 'https:') throw refuse(local ?? 'not https');
  if (!HIGHLEVEL_HOST.test(url.hostname)) throw refuse(local ?? `${url.hostname} is not a HighLevel host`);
  return value.replace(/\/+$/, '');
};

/** HighLevel's API host, or HIGHLEVEL_API_BASE_URL (checked: see checkedBaseUrl). No trailing slash. */
export const apiBaseUrl = (): string => {
  const override = process.env.HIGHLEVEL_API_BASE_URL;
  return override ? checkedBaseUrl('HIGHLEVEL_API_BASE_URL', override) : DEFAULT_API_BASE_URL;
};

/**
 * The marketplace host that shows HighLevel's "choose a sub-account" page.
 * HIGHLEVEL_MARKETPLACE_URL wins (checked like the API host); HIGHLEVEL_WHITE_LABEL=true picks the white-label host.
 */
export const marketplaceBaseUrl = (): string => {
  const override = process.env.HIGHLEVEL_MARKETPLACE_URL;
  if (override) return checkedBaseUrl('HIGHLEVEL_MARKETPLACE_URL', override);
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
