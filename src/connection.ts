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

/**
 * Which kind of token the connection holds, stored under `account`: a key core logs as it is (zapier-platform.md §9).
 * Connections made before stored HighLevel's `userType` ("Company"/"Location"), whose words core then censored in
 * every log line (issue 15.9); they keep working.
 */
export const ACCOUNT_KEY = 'account';
export const AGENCY_ACCOUNT = 'agency';
export const SUB_ACCOUNT_ACCOUNT = 'sub-account';
const LEGACY_USER_TYPE_KEY = 'userType';

/**
 * True when the connection holds an agency (Company) token: every location-scoped request then goes through a location
 * token. Connections made before the kind was stored are agencies when they have a company and no location.
 */
export const isAgencyConnection = (bundle: Bundle): boolean =>
  fromAuth(bundle, ACCOUNT_KEY) === AGENCY_ACCOUNT ||
  fromAuth(bundle, LEGACY_USER_TYPE_KEY) === 'Company' ||
  (!fromAuth(bundle, 'locationId') && Boolean(fromAuth(bundle, 'companyId')) && Boolean(bundle.authData?.access_token));

/**
 * True when each step picks its sub-account: an agency token not bound to one. A bulk-installed app gives an agency
 * token even to a user who chose one sub-account; that connection keeps the chosen sub-account (issue 14.9).
 */
export const picksSubAccount = (bundle: Bundle): boolean => isAgencyConnection(bundle) && !fromAuth(bundle, 'locationId');

export const subAccountRequired = (): Error =>
  new errors.Error(
    'Invalid input. Sub-account (subAccount) is required: this HighLevel connection is for an agency, and this step works on one of its sub-accounts. Choose one, or make sure the value you mapped is not empty.',
    'InvalidInput',
    400,
  );

/**
 * The sub-account an agency connection works on in this step, when the user chose one (checked like any id).
 * A Sub-account mapped but empty is refused: the step must never fall back to the agency itself (issue 15.2).
 */
export const chosenSubAccount = (bundle: Bundle): string | undefined => {
  const input = bundle.inputData ?? {};
  if (!(SUB_ACCOUNT_KEY in input)) return undefined;
  const value = input[SUB_ACCOUNT_KEY];
  if (isBlank(value)) throw subAccountRequired();
  return subAccountInputs.parse({ [SUB_ACCOUNT_KEY]: value })[SUB_ACCOUNT_KEY];
};

/** With an agency token: the sub-account this step works on (chosen in the step, else the one the connection is bound to). */
export const workingSubAccount = (bundle: Bundle): string | undefined => chosenSubAccount(bundle) ?? fromAuth(bundle, 'locationId');

export const connectionOf = (bundle: Bundle): Connection => ({
  get locationId() {
    const id = fromAuth(bundle, 'locationId') ?? (isAgencyConnection(bundle) ? chosenSubAccount(bundle) : undefined);
    if (!id) {
      throw isAgencyConnection(bundle)
        ? subAccountRequired()
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
