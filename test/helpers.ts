import nock from 'nock';
import { createAppTester } from 'zapier-platform-core';
import App from '../index';
import { subAccountInput } from '../src/fields/subAccount';

/** Shared test fixtures: a sub-account connection, the app tester, and nock scopes on HighLevel's API host. */

export const API = 'https://services.leadconnectorhq.com';
export const LOCATION_ID = 'loc_Test123';
export const COMPANY_ID = 'comp_Test456';
export const ACCESS_TOKEN = 'access-token-9f8e7d6c5b4a';
export const REFRESH_TOKEN = 'refresh-token-1a2b3c4d5e6f';

export const authData = {
  access_token: ACCESS_TOKEN,
  refresh_token: REFRESH_TOKEN,
  locationId: LOCATION_ID,
  companyId: COMPANY_ID,
  userId: 'user_Test789',
};

/** An agency connection: a company token, no location of its own. */
export const agencyAuthData = {
  access_token: ACCESS_TOKEN,
  refresh_token: REFRESH_TOKEN,
  companyId: COMPANY_ID,
  userId: 'user_Agency1',
  userType: 'Company',
};

export const appTester = createAppTester(App);

type Kind = 'triggers' | 'creates' | 'searches';
type Operation = { operation: { perform: unknown; inputFields?: unknown[] } };

export const operationOf = (kind: Kind, key: string): Operation['operation'] => {
  const group = (App as unknown as Record<Kind, Record<string, Operation> | undefined>)[kind];
  const definition = group?.[key];
  if (!definition) throw new Error(`no ${kind} ${key}`);
  return definition.operation;
};

/** An operation's own input fields: without the Sub-account input every location-scoped step gets for agency connections. */
export const ownInputFields = (kind: Kind, key: string): unknown[] =>
  (operationOf(kind, key).inputFields ?? []).filter((field) => field !== subAccountInput);

export interface RunOptions {
  authData?: Record<string, unknown>;
  meta?: Record<string, unknown>;
}

/** Runs an operation's perform through zapier-platform-core (middleware included), as Zapier would. */
export const run = <T = unknown>(kind: Kind, key: string, inputData: Record<string, unknown> = {}, options: RunOptions = {}): Promise<T> =>
  appTester(operationOf(kind, key).perform as never, {
    authData: options.authData ?? authData,
    inputData,
    meta: { isLoadingSample: false, isFillingDynamicDropdown: false, page: 0, limit: -1, ...options.meta },
  } as never) as Promise<T>;

/**
 * A nock scope on HighLevel that insists on the headers every API call carries:
 * the bearer token and the Version of the service.
 */
export const highLevel = (version: '2021-07-28' | '2021-04-15' = '2021-07-28') =>
  nock(API, { reqheaders: { authorization: `Bearer ${ACCESS_TOKEN}`, version } });

/** Captures the JSON body nock received, for exact comparisons. */
export const bodyOf = (record: { body?: unknown }) => record.body;

// z.cache is an in-memory stand-in in the app tester: each test starts with an empty one.
beforeEach(() => {
  (appTester as unknown as { zcacheTestObj: Record<string, unknown> }).zcacheTestObj = {};
});
