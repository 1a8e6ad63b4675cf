import type { Bundle } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';

/**
 * What the OAuth connection knows; operations never ask the user for these.
 * A sub-account connection is tied to one location. An agency connection holds a company token and works on
 * the sub-account the user picks in each step (the `subAccount` input), through a location token.
 */
export interface Connection {
  readonly locationId: string;
  readonly companyId: string;
  readonly userId: string | undefined;
  readonly isAgency: boolean;
}

/** The input every location-scoped operation shows with an agency connection. */
export const SUB_ACCOUNT_KEY = 'subAccount';

const fromAuth = (bundle: Bundle, key: string): string | undefined => {
  const value = bundle.authData?.[key];
  return typeof value === 'string' && value ? value : undefined;
};

/** HighLevel's `userType` of the token: `Company` for an agency connection. Connections made before it was stored are sub-accounts. */
export const isAgencyConnection = (bundle: Bundle): boolean =>
  fromAuth(bundle, 'userType') === 'Company' || (!fromAuth(bundle, 'locationId') && Boolean(fromAuth(bundle, 'companyId')) && Boolean(bundle.authData?.access_token));

/** The sub-account an agency connection works on in this step, when the user chose one. */
export const chosenSubAccount = (bundle: Bundle): string | undefined => {
  const value = bundle.inputData?.[SUB_ACCOUNT_KEY];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

export const connectionOf = (bundle: Bundle): Connection => ({
  get locationId() {
    const id = fromAuth(bundle, 'locationId') ?? (isAgencyConnection(bundle) ? chosenSubAccount(bundle) : undefined);
    if (!id) {
      throw isAgencyConnection(bundle)
        ? new errors.Error(
            'Choose a Sub-account (subAccount): this HighLevel connection is for an agency, and this step works on one of its sub-accounts.',
            'NoSubAccount',
            400,
          )
        : new errors.Error(
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
  get isAgency() {
    return isAgencyConnection(bundle);
  },
});

/**
 * Four HighLevel routes only accept an agency (company) token. Refuse a sub-account connection before calling
 * HighLevel, which would answer with a confusing 401.
 */
export const requireAgencyConnection = (bundle: Bundle, operationLabel: string): void => {
  if (!isAgencyConnection(bundle)) {
    throw new errors.Error(
      `${operationLabel} needs an agency-level HighLevel connection, and this connection is for one sub-account. Add a new HighLevel connection, choose Agency as its connection type, and use it in this step.`,
      'AgencyConnectionRequired',
      403,
    );
  }
};
