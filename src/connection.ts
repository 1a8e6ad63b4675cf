import type { Bundle } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';
import { id, inputs, isBlank } from './fields/kit';

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
export const subAccountInputs = inputs({
  [SUB_ACCOUNT_KEY]: id({
    label: 'Sub-account',
    required: true,
    dynamic: 'dropdown_sub_accounts.id.name',
    altersDynamicFields: true,
    helpText: 'The sub-account (location) of your agency this step works on. The app must be installed on it.',
  }),
});

const fromAuth = (bundle: Bundle, key: string): string | undefined => {
  const value = bundle.authData?.[key];
  return typeof value === 'string' && value ? value : undefined;
};

/** HighLevel's `userType` of the token: `Company` for an agency connection. Connections made before it was stored are sub-accounts. */
export const isAgencyConnection = (bundle: Bundle): boolean =>
  fromAuth(bundle, 'userType') === 'Company' || (!fromAuth(bundle, 'locationId') && Boolean(fromAuth(bundle, 'companyId')) && Boolean(bundle.authData?.access_token));

/** The sub-account an agency connection works on in this step, when the user chose one (checked like any id). */
export const chosenSubAccount = (bundle: Bundle): string | undefined => {
  const value = bundle.inputData?.[SUB_ACCOUNT_KEY];
  return isBlank(value) ? undefined : subAccountInputs.parse({ [SUB_ACCOUNT_KEY]: value })[SUB_ACCOUNT_KEY];
};

export const connectionOf = (bundle: Bundle): Connection => ({
  get locationId() {
    const id = fromAuth(bundle, 'locationId') ?? (isAgencyConnection(bundle) ? chosenSubAccount(bundle) : undefined);
    if (!id) {
      throw isAgencyConnection(bundle)
        ? new errors.Error(
            'Invalid input. Sub-account (subAccount) is required: this HighLevel connection is for an agency, and this step works on one of its sub-accounts.',
            'InvalidInput',
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
