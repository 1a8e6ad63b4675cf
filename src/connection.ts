import type { Bundle } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';

/** What the OAuth connection knows about the sub-account; operations never ask the user for these. */
export interface Connection {
  readonly locationId: string;
  readonly companyId: string;
  readonly userId: string | undefined;
}

const fromAuth = (bundle: Bundle, key: string): string | undefined => {
  const value = bundle.authData?.[key];
  return typeof value === 'string' && value ? value : undefined;
};

export const connectionOf = (bundle: Bundle): Connection => ({
  get locationId() {
    const id = fromAuth(bundle, 'locationId');
    if (!id) {
      throw new errors.Error(
        'This HighLevel connection is not tied to a sub-account. Reconnect HighLevel and choose a sub-account (location) on the consent page.',
        'NoSubAccount',
        400,
      );
    }
    return id;
  },
  get companyId() {
    const id = fromAuth(bundle, 'companyId');
    if (!id) throw new errors.Error('This HighLevel connection has no agency (company) id. Reconnect HighLevel.', 'NoCompany', 400);
    return id;
  },
  get userId() {
    return fromAuth(bundle, 'userId');
  },
});

/**
 * Four HighLevel routes only accept an agency (company) token. A sub-account connection holds a location id;
 * refuse before calling HighLevel, which would answer with a confusing 401.
 */
export const requireAgencyConnection = (bundle: Bundle, operationLabel: string): void => {
  if (fromAuth(bundle, 'locationId')) {
    throw new errors.Error(
      `${operationLabel} needs an agency-level HighLevel connection, and this connection is for one sub-account. HighLevel only allows this with an agency (company) token.`,
      'AgencyConnectionRequired',
      403,
    );
  }
};
