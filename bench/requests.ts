import { createAppTester } from 'zapier-platform-core';
import App from '../index';
import { DEMO } from '../sandbox/demo';
import type { Kind, OperationCase } from '../sandbox/operationInputs';
import { operationCases } from '../sandbox/operationInputs';
import { PRELIMINARY_READS } from '../sandbox/preliminaryReads';
import type { CountingTarget, RequestRecord } from './httpTarget';
import { NAME_LOOKUP_PATHS } from '../src/fields/names';

/**
 * Requests per operation: every operation of the app run once through zapier-platform-core (createAppTester,
 * middleware included) with an empty z.cache — the most a run can cost — and the requests it sent counted.
 */

/** Operations that need more than one request by design, and why (each checked against its source). */
export const WHY_MORE_THAN_ONE: Record<string, string> = {
  // The documented reads some operations need before their own endpoint (the same list the reliability tables check).
  ...Object.fromEntries(Object.entries(PRELIMINARY_READS).map(([key, read]) => [key, `${read.method} ${read.path} first: ${read.why}`])),
  list_contact_appointments:
    "HighLevel writes a contact's appointment times without a zone (2026-07-16 11:00:00): GET /locations/{id} gives the sub-account's time zone to read them in, cached 1 h per connection and asked only when such a time is present",
  'unsorted lists (list_businesses, list_business_contacts, the blog lists, list_associations, list_record_relations, list_calendar_notifications, list_calendar_resources, list_appointment_notes)':
    'no sort parameter and no documented order: the next page is read while the previous one was full, at most UNSORTED_LIST_MAX_PAGES (5) requests per poll (src/factories/triggers.ts); 1 request while the list fits one page',
  'create_contact + custom field':
    'a mapped custom field needs its definition (type) to be converted: GET /locations/{id}/customFields, then cached 300 s with z.cache (the same run after fields were shown: 1 request)',
  dropdown_custom_object_records:
    "a record's name is the property the object's schema marks primary: GET /objects/{key} after the search, then cached 300 s per connection",
};

export interface OperationCount {
  kind: Kind;
  key: string;
  label: string;
  requests: RequestRecord[];
  /** The error message when the operation failed (the count is still what it sent). */
  error?: string;
}

export interface DynamicFieldsCount {
  kind: Kind;
  key: string;
  /** Requests of resolving the input fields, then the output fields, with an empty cache. */
  inputFieldsFirst: number;
  outputFieldsFirst: number;
  /** Requests of resolving both again with the same cache: must be 0. */
  secondPass: number;
  /** Requests of the run that follows, a custom field mapped (when the input fields made requests). */
  runAfter?: number;
}

export interface RequestCounts {
  target: CountingTarget['kind'];
  operations: OperationCount[];
  dynamicFields: DynamicFieldsCount[];
}

/**
 * createAppTester finds what it is given in the app by identity: a perform function, or an inputFields/outputFields
 * array (its typings only show functions).
 */
type Tester = ((method: unknown, bundle: unknown) => Promise<unknown>) & { zcacheTestObj: Record<string, unknown> };
type OperationDefinition = { operation: { perform: unknown; inputFields?: unknown[]; outputFields?: unknown[] } };

const appTester = createAppTester(App) as unknown as Tester;
const definitions = App as unknown as Record<Kind, Record<string, OperationDefinition>>;

const META = { isLoadingSample: false, isFillingDynamicDropdown: false, page: 0, limit: -1 };

const hasFunction = (fields: unknown[] | undefined): boolean => (fields ?? []).some((field) => typeof field === 'function');

const operationOf = (entry: OperationCase): OperationDefinition['operation'] => (definitions[entry.kind][entry.key] as OperationDefinition).operation;

/** Removals, then deletes, last: the stateful sandbox still holds every record the other operations refer to. */
const destructiveLast = (cases: OperationCase[]): OperationCase[] => {
  const rank = (entry: OperationCase) => (entry.key.startsWith('delete_') ? 2 : entry.key.startsWith('remove_') ? 1 : 0);
  return [...cases].sort((a, b) => rank(a) - rank(b));
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 160) ?? '';

/** Runs `work` and returns the requests the target logged meanwhile. */
const counted = async (target: CountingTarget, work: () => Promise<unknown>): Promise<{ requests: RequestRecord[]; error?: string }> => {
  const before = target.requestLog.length;
  try {
    await work();
    return { requests: target.requestLog.slice(before) };
  } catch (error) {
    return { requests: target.requestLog.slice(before), error: messageOf(error) };
  }
};

const bundleFor = async (target: CountingTarget, entry: OperationCase, inputData: Record<string, unknown>) => ({
  authData: await target.authData(entry.connection),
  inputData,
  meta: META,
});

const perform = async (target: CountingTarget, entry: OperationCase, inputData = entry.inputData, label = entry.key): Promise<OperationCount> => {
  const bundle = await bundleFor(target, entry, inputData);
  const outcome = await counted(target, () => appTester(operationOf(entry).perform, structuredClone(bundle)));
  return { kind: entry.kind, key: entry.key, label, ...outcome };
};

const CUSTOM_FIELD_INPUT = { [`customField_${DEMO.customFieldId}`]: 'teal' };

/** Input and output fields resolved twice with one cache: the second time must cost nothing. */
const countDynamicFields = async (target: CountingTarget, entry: OperationCase): Promise<DynamicFieldsCount> => {
  const operation = operationOf(entry);
  const bundle = await bundleFor(target, entry, entry.inputData);
  const resolve = (fields: unknown[] | undefined) => async () => {
    if (hasFunction(fields)) await appTester(fields, structuredClone(bundle));
  };
  appTester.zcacheTestObj = {};
  const inputFieldsFirst = (await counted(target, resolve(operation.inputFields))).requests.length;
  const outputFieldsFirst = (await counted(target, resolve(operation.outputFields))).requests.length;
  const secondPass = (
    await counted(target, async () => {
      await resolve(operation.inputFields)();
      await resolve(operation.outputFields)();
    })
  ).requests.length;
  // The run after the editor showed the fields: same cache, a custom field mapped.
  const after = inputFieldsFirst > 0 ? await perform(target, entry, { ...entry.inputData, ...CUSTOM_FIELD_INPUT }) : undefined;
  // Name lookups (names beside ids) are their own cache's business, counted in the runs above.
  const runAfter = after ? after.requests.length - nameLookups(after) : undefined;
  return { kind: entry.kind, key: entry.key, inputFieldsFirst, outputFieldsFirst, secondPass, runAfter };
};

export const countRequests = async (target: CountingTarget): Promise<RequestCounts> => {
  const cases = destructiveLast(operationCases);
  const dynamicCases = cases.filter((entry) => hasFunction(operationOf(entry).inputFields) || hasFunction(operationOf(entry).outputFields));
  // Field resolution first: it reads only, and the records it refers to are all still there.
  const dynamicFields: DynamicFieldsCount[] = [];
  for (const entry of dynamicCases) dynamicFields.push(await countDynamicFields(target, entry));

  const operations: OperationCount[] = [];
  for (const entry of cases) {
    appTester.zcacheTestObj = {};
    operations.push(await perform(target, entry));
    if (entry.key === 'create_contact') {
      appTester.zcacheTestObj = {};
      operations.push(await perform(target, entry, { ...entry.inputData, ...CUSTOM_FIELD_INPUT }, 'create_contact + custom field'));
    }
  }
  return { target: target.kind, operations, dynamicFields };
};

/** An operation meets the budget with exactly one request, or more for a documented reason. */
/** Fields that fetched something are the ones z.cache must serve the second time. */
export const fetchesFields = (count: DynamicFieldsCount): boolean => count.inputFieldsFirst + count.outputFieldsFirst + count.secondPass > 0;

/** Names beside ids (src/fields/names.ts): lookup lists read after the operation's own request, at most once per 5 minutes. */
export const NAMES_WHY = 'names beside ids: one request per lookup list (users, pipelines, calendars, lost reasons), then cached 300 s per connection';
export const nameLookups = (count: { requests: RequestRecord[] }): number => count.requests.slice(1).filter((request) => NAME_LOOKUP_PATHS.has(request.path)).length;

export const overBudget = (count: OperationCount): boolean =>
  count.requests.length === 0 || (count.requests.length - nameLookups(count) > 1 && !(count.label in WHY_MORE_THAN_ONE));
