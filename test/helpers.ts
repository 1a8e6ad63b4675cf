import nock from 'nock';
import { createAppTester, type Bundle, type ZObject } from 'zapier-platform-core';
import App from '../index';
import { subAccountInput } from '../src/fields/subAccount';
import { callApi, type ApiRequest } from '../src/http/client';

export { appErrorOf, failureOf, thrownBy } from './outcomes';

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

type Kind = 'triggers' | 'creates' | 'searches';
type Tester = ReturnType<typeof createAppTester> & { zcacheTestObj: Record<string, unknown> };
type Definition = { key: string; operation: Record<string, unknown> };
const KINDS: readonly Kind[] = ['triggers', 'creates', 'searches'];
const groupOf = (kind: Kind) => (App as unknown as Record<Kind, Record<string, Definition> | undefined>)[kind] ?? {};

/**
 * core compiles and deep-freezes the whole app twice on every call (create-lambda-handler: createApp, prepareApp):
 * ~200 ms for this app's 200 operations under jest. A tester per operation, over the same app holding only that
 * operation (same authentication, middleware and hydrators), runs it the same way for a fraction of that.
 * `operationTester(kind, undefined)` holds no operation: for authentication and ad hoc functions.
 */
const testers = new Map<string, Tester>();
export const operationTester = (kind: Kind, key: string | undefined): Tester => {
  const id = `${kind}.${key}`;
  const cached = testers.get(id);
  if (cached) return cached;
  const only: Record<Kind, Record<string, Definition>> = { triggers: {}, creates: {}, searches: {} };
  if (key !== undefined) {
    const definition = groupOf(kind)[key];
    if (!definition) throw new Error(`no ${kind} ${key}`);
    only[kind][key] = definition;
  }
  const tester = createAppTester({ ...(App as object), ...only, searchOrCreates: {} } as never) as Tester;
  testers.set(id, tester);
  return tester;
};

/** The operation a function belongs to: its perform, performList, subscribe hooks, or a dynamic input/output field. */
const ownerOf = (fn: unknown): [Kind, string] | undefined => {
  for (const kind of KINDS) {
    for (const [key, { operation }] of Object.entries(groupOf(kind))) {
      const parts = [...Object.values(operation), ...((operation.inputFields as unknown[]) ?? []), ...(Array.isArray(operation.outputFields) ? operation.outputFields : [])];
      if (parts.includes(fn)) return [kind, key];
    }
  }
  return undefined;
};

/**
 * `createAppTester(App)`, run on the lean app of the operation the function belongs to (else on the app without
 * operations). One z.cache for all of them, which each test resets (below), as the app tester's own cache would be.
 */
export const appTester = Object.assign(
  (method: unknown, bundle?: unknown, clearZcacheBeforeUse?: boolean) => {
    const [kind, key] = ownerOf(method) ?? ['triggers', undefined];
    const tester = operationTester(kind, key);
    tester.zcacheTestObj = appTester.zcacheTestObj;
    const result = tester(method as never, bundle as never, clearZcacheBeforeUse);
    appTester.zcacheTestObj = tester.zcacheTestObj;
    return result;
  },
  { zcacheTestObj: {} as Record<string, unknown> },
) as unknown as Tester;
type Operation = { operation: { perform: unknown; inputFields?: unknown[] } };

export const operationOf = (kind: Kind, key: string): Operation['operation'] => {
  const definition = (groupOf(kind) as unknown as Record<string, Operation>)[key];
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

/**
 * Runs an operation's perform through zapier-platform-core (middleware included), as Zapier would. A search's result
 * must be a list of records: core checks that a trigger's items are objects, not a search's, and jest's `toEqual`
 * takes `[undefined]` for `[]`, so an item that is no record (Zapier would get `null`) fails here, in every test.
 */
export const run = async <T = unknown>(kind: Kind, key: string, inputData: Record<string, unknown> = {}, options: RunOptions = {}): Promise<T> => {
  const result: unknown = await appTester(operationOf(kind, key).perform as never, {
    authData: options.authData ?? authData,
    inputData,
    meta: { isLoadingSample: false, isFillingDynamicDropdown: false, page: 0, limit: -1, ...options.meta },
  } as never);
  if (kind === 'searches' && Array.isArray(result)) {
    const at = result.findIndex((item: unknown) => item === null || typeof item !== 'object' || Array.isArray(item));
    if (at >= 0) throw new Error(`searches.${key} returned an item that is no record at [${at}]: ${String(JSON.stringify(result[at]))}`);
  }
  return result as T;
};

/** One request through callApi, the shared request layer, run inside core (its z.request and middleware). */
export const sendApi = (request: ApiRequest, bundle: Record<string, unknown> = { authData }): Promise<unknown> =>
  appTester(((z: ZObject, b: Bundle) => callApi(z, b, request)) as never, bundle as never) as Promise<unknown>;

/** A definition's perform (a factory's output, not necessarily registered in the app) run through core. */
export const runPerform = (definition: { operation: unknown }, inputData: Record<string, unknown> = {}, page = 0) =>
  appTester((definition.operation as { perform: unknown }).perform as never, { authData, inputData, meta: { page } } as never) as Promise<unknown>;

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
