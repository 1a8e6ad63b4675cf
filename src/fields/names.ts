import type { Bundle, OutputFields, PlainOutputField, ZObject } from 'zapier-platform-core';
import { connectionOf } from '../connection';
import type { Json } from '../factories/common';
import { itemsOf } from '../factories/common';
import { callApi } from '../http/client';
import { cached } from '../http/cache';
import { apiPath } from '../http/path';

/**
 * Names beside ids: HighLevel answers `assignedTo`, `pipelineId`, `pipelineStageId`, `calendarId`, `lostReasonId`
 * as bare ids, which mean nothing in a Zap. Each output carrying one gets the name beside it, from per-connection
 * lookups cached 5 minutes: at most one extra request per lookup list per five minutes, and none when the record
 * carries no such id. A lookup that fails (403 for a scope the connection lacks, a timeout) never fails the step:
 * the name is simply absent, and the failure is remembered for the same 5 minutes.
 */

export const NAMES_TTL_SECONDS = 300;

type Names = Record<string, string>;
type Lookup = 'users' | 'pipelines' | 'stages' | 'calendars' | 'lostReasons';

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const namesOf = (items: Json[], nameOf: (item: Json) => string): Names =>
  Object.fromEntries(items.map((item) => [text(item.id), nameOf(item)]).filter(([id, name]) => id && name));
const userName = (user: Json): string => text(user.name) || [text(user.firstName), text(user.lastName)].filter(Boolean).join(' ') || text(user.email);

type Loaded = Partial<Record<Lookup, Names>>;

/** One request per list; pipelines bring their stages along. */
const LISTS: Record<'users' | 'pipelines' | 'calendars' | 'lostReasons', (z: ZObject, bundle: Bundle, locationId: string) => Promise<Loaded>> = {
  // GET /users/search (company and location ids, as the user dropdown asks): the first 100 users of the sub-account.
  users: async (z, bundle, locationId) => ({
    users: namesOf(
      itemsOf(
        await callApi(z, bundle, {
          method: 'GET',
          path: apiPath`/users/search`,
          query: { companyId: connectionOf(bundle).companyId, locationId, limit: '100', skip: '0' },
        }),
        'users',
      ),
      userName,
    ),
  }),
  // GET /opportunities/pipelines?locationId: pipelines with their stages (`pipelines[].stages[]`).
  pipelines: async (z, bundle, locationId) => {
    const pipelines = itemsOf(await callApi(z, bundle, { method: 'GET', path: apiPath`/opportunities/pipelines`, query: { locationId } }), 'pipelines');
    return {
      pipelines: namesOf(pipelines, (pipeline) => text(pipeline.name)),
      stages: namesOf(
        pipelines.flatMap((pipeline) => itemsOf(pipeline.stages)),
        (stage) => text(stage.name),
      ),
    };
  },
  // GET /calendars/?locationId (`calendars`).
  calendars: async (z, bundle, locationId) => ({
    calendars: namesOf(itemsOf(await callApi(z, bundle, { method: 'GET', path: apiPath`/calendars/`, query: { locationId } }), 'calendars'), (calendar) => text(calendar.name)),
  }),
  // GET /opportunities/lost-reason?locationId (`lostReasons`); the first 100 cover any real sub-account.
  lostReasons: async (z, bundle, locationId) => ({
    lostReasons: namesOf(
      itemsOf(await callApi(z, bundle, { method: 'GET', path: apiPath`/opportunities/lost-reason`, query: { locationId, limit: 100, skip: 0 } }), 'lostReasons'),
      (reason) => text(reason.name),
    ),
  }),
};

/** The paths of the lookup lists (the bench tells these extra requests from an operation's own). */
export const NAME_LOOKUP_PATHS: ReadonlySet<string> = new Set(['/users/search', '/opportunities/pipelines', '/calendars/', '/opportunities/lost-reason']);

/** Each id key, the name key added beside it, the lookup it reads, and the list that fills that lookup. */
export const NAMED_IDS = [
  { idKey: 'assignedTo', nameKey: 'assignedToName', label: 'Assigned User Name', lookup: 'users', list: 'users' },
  { idKey: 'assignedUserId', nameKey: 'assignedUserName', label: 'Assigned User Name', lookup: 'users', list: 'users' },
  { idKey: 'pipelineId', nameKey: 'pipelineName', label: 'Pipeline Name', lookup: 'pipelines', list: 'pipelines' },
  { idKey: 'pipelineStageId', nameKey: 'pipelineStageName', label: 'Stage Name', lookup: 'stages', list: 'pipelines' },
  { idKey: 'calendarId', nameKey: 'calendarName', label: 'Calendar Name', lookup: 'calendars', list: 'calendars' },
  { idKey: 'lostReasonId', nameKey: 'lostReasonName', label: 'Lost Reason Name', lookup: 'lostReasons', list: 'lostReasons' },
] as const;
type ListName = (typeof NAMED_IDS)[number]['list'];

/** The names of one list for this connection and sub-account: cached 5 minutes, failures included (as no names). */
const namesFrom = (z: ZObject, bundle: Bundle, list: ListName): Promise<Loaded> => {
  const locationId = connectionOf(bundle).locationId ?? '';
  return cached(z, bundle, NAMES_TTL_SECONDS, ['names', list, locationId], async () => {
    try {
      return await LISTS[list](z, bundle, locationId);
    } catch {
      return {};
    }
  });
};

/** The records with a name beside each id they carry; records without such ids cost no request. */
export const addNames = async (z: ZObject, bundle: Bundle, records: Json[]): Promise<Json[]> => {
  const wanted = NAMED_IDS.filter(({ idKey }) => records.some((record) => text(record[idKey])));
  if (wanted.length === 0) return records;
  const lists = [...new Set(wanted.map(({ list }) => list))];
  const loaded: Loaded = Object.assign({}, ...(await Promise.all(lists.map((list) => namesFrom(z, bundle, list)))));
  return records.map((record) => {
    const names = Object.fromEntries(
      wanted.map(({ idKey, nameKey, lookup }) => [nameKey, loaded[lookup]?.[text(record[idKey])]]).filter(([, name]) => name),
    );
    return Object.keys(names).length ? { ...record, ...names } : record;
  });
};

/** The output fields with a labelled name field right after each id field that has one. */
export const withNameOutputFields = (fields: OutputFields): OutputFields =>
  fields.flatMap((field) => {
    const named = typeof field === 'object' ? NAMED_IDS.find(({ idKey }) => idKey === (field as PlainOutputField).key) : undefined;
    return named && !fields.some((other) => typeof other === 'object' && other.key === named.nameKey)
      ? [field, { key: named.nameKey, label: named.label }]
      : [field];
  });

type Definition = { key: string; noun?: string; display?: { hidden?: boolean }; operation?: object };
type Operation = { perform?: unknown; sample?: Json; outputFields?: OutputFields };
type Perform = (z: ZObject, bundle: Bundle) => Promise<unknown>;

const isRecord = (value: unknown): value is Json => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/**
 * An operation whose outputs carry one of the named ids, with the names added to its results, sample and output
 * fields. Others (and the hidden dropdown triggers, which must stay one quick request) are returned unchanged.
 */
export const withNamesBesideIds = <T extends Definition>(definition: T): T => {
  const operation = (definition.operation ?? {}) as Operation;
  const outputs = Array.isArray(operation.outputFields) ? operation.outputFields : [];
  // A calendar's own output names itself: no lookup for the record's own id.
  const carries = NAMED_IDS.some(
    ({ idKey, lookup }) => !(lookup === 'calendars' && definition.noun === 'Calendar') && outputs.some((field) => typeof field === 'object' && field.key === idKey),
  );
  if (!carries || definition.display?.hidden || typeof operation.perform !== 'function') return definition;
  const perform = operation.perform as Perform;
  const sample = operation.sample;
  return {
    ...definition,
    operation: {
      ...operation,
      perform: async (z: ZObject, bundle: Bundle) => {
        const result = await perform(z, bundle);
        if (bundle.meta?.isFillingDynamicDropdown) return result;
        if (Array.isArray(result)) return addNames(z, bundle, result.filter(isRecord));
        return isRecord(result) ? (await addNames(z, bundle, [result]))[0] : result;
      },
      ...(sample ? { sample: { ...sample, ...sampleNames(sample) } } : {}),
      outputFields: withNameOutputFields(outputs),
    },
  };
};

// Sample names: what a real lookup would add, without account-specific ids.
const SAMPLE_NAMES: Record<string, string> = {
  assignedToName: 'Alex Smith',
  assignedUserName: 'Alex Smith',
  pipelineName: 'Sales Pipeline',
  pipelineStageName: 'Qualified',
  calendarName: 'Consultations',
  lostReasonName: 'Went with a competitor',
};
const sampleNames = (sample: Json): Json =>
  Object.fromEntries(NAMED_IDS.filter(({ idKey }) => text(sample[idKey])).map(({ nameKey }) => [nameKey, SAMPLE_NAMES[nameKey]]));
