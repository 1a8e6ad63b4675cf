import { randomBytes } from 'node:crypto';
import { DEMO, SANDBOX_CLIENT } from './demo';
import type { Caller } from './handlers';
import { HighLevelError } from './responses';
import type { Json, Store } from './store';
import { SCOPES } from '../src/scopes';

/**
 * HighLevel's OAuth as the sandbox plays it: a consent page that redirects with a code, `POST /oauth/token` for the
 * authorization_code and refresh_token grants (form-encoded), rotating single-use refresh tokens, expiring access
 * tokens, and the agency routes that mint sub-account tokens.
 */

const secret = (prefix: string): string => `${prefix}-${randomBytes(24).toString('base64url')}`;

/**
 * The redirect URIs registered for the sandbox's client, as on HighLevel's marketplace: Zapier's return page of the
 * CLI app. The consent page sends a code nowhere else (issue 15.13); SANDBOX_REDIRECT_URIS (comma-separated) adds more.
 */
export const REGISTERED_REDIRECT_URI = 'https://zapier.com/dashboard/auth/oauth/return/App000CLIAPI/';
const registeredRedirectUris = (): string[] => [
  REGISTERED_REDIRECT_URI,
  ...(process.env.SANDBOX_REDIRECT_URIS ?? '').split(',').map((uri) => uri.trim()).filter(Boolean),
];

/** The token grants what the app asks for. */
export const SCOPE = SCOPES.join(' ');

interface Issued {
  caller: Caller;
  expiresAt: number;
}

export class OAuthServer {
  private readonly codes = new Map<string, { userType: Caller['userType']; locationId: string; redirectUri: string }>();
  private readonly accessTokens = new Map<string, Issued>();
  private readonly refreshTokens = new Map<string, Caller>();

  constructor(
    private readonly storeOf: () => Store,
    /** Read at issue time, so a test or the tour can shorten it. */
    public tokenLifetimeSeconds: number,
  ) {}

  /**
   * The consent page: the user "chooses" the demo sub-account (or, with `user_type=Company`, the agency) and is sent
   * back to the app with a code and the app's state.
   */
  authorize(query: URLSearchParams): string {
    if (query.get('client_id') !== SANDBOX_CLIENT.clientId) throw new HighLevelError(400, 'Invalid client_id');
    const redirectUri = query.get('redirect_uri');
    if (!redirectUri) throw new HighLevelError(400, 'redirect_uri is required');
    if (!registeredRedirectUris().includes(redirectUri)) throw new HighLevelError(400, 'redirect_uri is not registered for this client');
    const code = secret('code');
    const userType = query.get('user_type') === 'Company' ? 'Company' : 'Location';
    this.codes.set(code, { userType, locationId: query.get('locationId') ?? DEMO.locationId, redirectUri });
    const target = new URL(redirectUri);
    target.searchParams.set('code', code);
    if (query.get('state') !== null) target.searchParams.set('state', query.get('state')!);
    return target.toString();
  }

  /** POST /oauth/token. */
  token(form: Json): Json {
    if (form.client_id !== SANDBOX_CLIENT.clientId || form.client_secret !== SANDBOX_CLIENT.clientSecret) {
      throw new HighLevelError(401, 'Invalid client: client credentials are invalid');
    }
    if (form.grant_type === 'authorization_code') {
      const code = this.codes.get(String(form.code));
      this.codes.delete(String(form.code)); // single use
      if (!code || (form.redirect_uri !== undefined && form.redirect_uri !== code.redirectUri)) throw invalidGrant('authorization code is invalid');
      // The consent page decides the token class; a Company choice ignores a Location user_type (and the reverse is an agency asking for one sub-account).
      const userType = code.userType === 'Company' || form.user_type === 'Company' ? 'Company' : 'Location';
      return this.issue(this.callerFor(userType, code.locationId), true);
    }
    if (form.grant_type === 'refresh_token') {
      const caller = this.refreshTokens.get(String(form.refresh_token));
      // Rotation: a refresh token works once.
      this.refreshTokens.delete(String(form.refresh_token));
      if (!caller) throw invalidGrant('refresh token is invalid');
      return this.issue(caller, true);
    }
    throw new HighLevelError(400, 'Invalid parameter: grant_type');
  }

  /** GET /oauth/installedLocations (agency token). */
  installedLocations(caller: Caller, query: Json): Json {
    if (query.companyId !== caller.companyId) throw new HighLevelError(403, 'The token does not have access to this company.');
    const locations = this.storeOf()
      .list('locations')
      .filter((location) => location.companyId === caller.companyId)
      .map((location) => ({ _id: location.id, name: location.name, address: location.city, isInstalled: true }));
    return { locations, count: locations.length, installToFutureLocations: true };
  }

  /** POST /oauth/locationToken (agency token): a sub-account token for one of the agency's locations. */
  locationToken(caller: Caller, form: Json): Json {
    const location = this.storeOf().get('locations', String(form.locationId));
    if (form.companyId !== caller.companyId || !location || location.companyId !== caller.companyId) {
      throw new HighLevelError(400, 'Location not found or not part of this company');
    }
    const { refresh_token: _unused, ...answer } = this.issue(this.callerFor('Location', String(location.id)), false);
    return answer;
  }

  /** The caller a bearer token stands for, or why not (HighLevel says "Invalid JWT" for unknown and expired alike). */
  callerOf(authorization: string | undefined): Caller {
    const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
    const issued = token ? this.accessTokens.get(token) : undefined;
    if (!issued || issued.expiresAt <= Date.now()) throw new HighLevelError(401, 'Invalid JWT');
    return issued.caller;
  }

  /** A token for `npm run sandbox`'s .env lines and for tests that need one without the consent page. */
  issue(caller: Caller, withRefreshToken: boolean): Json {
    const accessToken = secret('sandbox-access');
    this.accessTokens.set(accessToken, { caller, expiresAt: Date.now() + this.tokenLifetimeSeconds * 1000 });
    const refreshToken = withRefreshToken ? secret('sandbox-refresh') : undefined;
    if (refreshToken) this.refreshTokens.set(refreshToken, caller);
    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: this.tokenLifetimeSeconds,
      ...(refreshToken ? { refresh_token: refreshToken } : {}),
      scope: SCOPE,
      userType: caller.userType,
      ...(caller.locationId ? { locationId: caller.locationId } : {}),
      companyId: caller.companyId,
      userId: caller.userId,
    };
  }

  callerFor(userType: Caller['userType'], locationId: string = DEMO.locationId): Caller {
    return userType === 'Company'
      ? { userType, companyId: DEMO.companyId, userId: DEMO.userId }
      : { userType, locationId, companyId: DEMO.companyId, userId: DEMO.userId };
  }
}

const invalidGrant = (what: string) => {
  const error = new HighLevelError(400, `Invalid grant: ${what}`);
  error.body.error = 'invalid_grant';
  return error;
};
