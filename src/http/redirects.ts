import { errors } from 'zapier-platform-core';

/**
 * The token, refresh and location-token requests carry the client secret, a refresh token or the agency token. They
 * are sent with `redirect: 'manual'`, and any 3xx is an error: following it would send those secrets to whatever
 * host the Location header names (issue 15.4).
 */
export const refuseRedirect = (response: { status: number }, what: string): void => {
  if (response.status >= 300 && response.status < 400) {
    throw new errors.Error(
      `HighLevel answered the ${what} request with a redirect (HTTP ${response.status}). The app does not follow redirects on this request, so no credential is sent elsewhere. Try again later; if it keeps happening, check HIGHLEVEL_API_BASE_URL.`,
      'UnexpectedRedirect',
      response.status,
    );
  }
};
