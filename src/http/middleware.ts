import type { AfterResponseMiddleware, BeforeRequestMiddleware } from 'zapier-platform-core';
import { isAgencyConnection } from '../connection';
import { apiPathOf, TOKEN_PATH, versionForPath } from './config';
import { bearerOf, errorForResponse, secretsOf } from './errors';
import { isOAuthPath, takesAgencyToken } from './locationToken';

/**
 * Every request to HighLevel's API host gets the bearer token and the Version header of its service.
 * The token endpoint gets neither (a stale bearer there confuses the refresh), and other hosts get nothing.
 * With an agency connection, a step working on a sub-account carries that sub-account's location token, which the
 * caller resolved (`authorizationFor`): this middleware cannot fetch it, and never sends the agency token there.
 */
export const addHighLevelHeaders: BeforeRequestMiddleware = (request, _z, bundle) => {
  const path = apiPathOf(request.url);
  if (path === undefined) return request;
  const headers: Record<string, string> = { Accept: 'application/json', ...(request.headers ?? {}) };
  if (path !== TOKEN_PATH) {
    headers.Version = versionForPath(path);
    const agency = isAgencyConnection(bundle);
    if (agency && !isOAuthPath(path) && !takesAgencyToken(path) && !headers.Authorization) {
      throw new Error(`No sub-account token was resolved for ${path}; requests must go through callApi.`);
    }
    // An agency step keeps the location token callApi resolved; every other request carries the connection's own token.
    if (!(agency && headers.Authorization)) {
      const token = bundle.authData?.access_token;
      if (typeof token === 'string' && token) headers.Authorization = `Bearer ${token}`;
    }
  }
  request.headers = headers;
  // 429s come to mapHighLevelErrors, which reads HighLevel's rate-limit headers when Retry-After is missing.
  (request as { throwForThrottlingEarly?: boolean }).throwForThrottlingEarly = false;
  return request;
};

/** The body of a failed response; a raw (streamed) one is read now, since the step fails anyway. */
const failedContent = async (response: Parameters<AfterResponseMiddleware>[0]): Promise<string | undefined> => {
  try {
    const raw = (response.request as { raw?: boolean }).raw;
    return raw ? await (response as unknown as { text(): Promise<string> }).text() : (response as { content?: string }).content;
  } catch {
    return undefined;
  }
};

/**
 * HighLevel's failures become readable errors, without the connection's tokens even if HighLevel echoes them.
 * A request that asked for `skipThrowForStatus` (the token exchanges, which have their own handling) gets its
 * response back untouched. A 401 becomes a refresh only when HighLevel says the token expired (see errorForResponse).
 */
export const mapHighLevelErrors: AfterResponseMiddleware = async (response, _z, bundle) => {
  if (response.status < 400 || response.skipThrowForStatus) return response;
  if (apiPathOf(response.request.url ?? '') === undefined) return response;
  throw errorForResponse({
    status: response.status,
    content: await failedContent(response),
    contentType: response.headers.get('content-type'),
    header: (name) => response.headers.get(name),
    // A minted location token is in no authData: the request's own bearer is a secret too (issue 15.6).
    secrets: [...secretsOf(bundle.authData), bearerOf(response.request.headers as Record<string, unknown> | undefined)],
  });
};
