import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';
import type { Context, Json, ObjectKey, OperationSpec } from './common';
import { display, fingerprint, inputFieldsOf, itemsOf, keysOf, newestFirst, recordOfRead, run, uniqueById, withId } from './common';
import { callApi } from '../http/client';
import { unlessNotFound } from '../http/errors';

type AnyInputs = Parameters<typeof import('../fields/kit').inputs>[0];

export interface ListTriggerSpec<S extends AnyInputs> extends OperationSpec<S> {
  /** Where the list is in the answer (`contacts`, `data.items`); omit for a bare array. */
  listKey?: string;
  /** Extract the items when `listKey` cannot describe the answer (date-keyed maps, nested lists). */
  items?: (response: unknown, input: Parameters<OperationSpec<S>['request']>[0]) => Json[];
  /** HighLevel's id field when it is not `id` (`_id` on blogs and notifications). */
  idField?: string;
  /** Sort newest first by this date field when HighLevel does not. */
  newestFirstBy?: string;
  /** Reshape each item (flatten, label custom fields); runs before the id is set. */
  mapItem?: (item: Json, input: Parameters<OperationSpec<S>['request']>[0]) => Json;
  /** Reshape all items with what takes a request of its own (the sub-account's time zone); runs after `mapItem`. */
  mapItems?: (items: Json[], context: Context) => Promise<Json[]>;
  /**
   * HighLevel does not list this newest first and has no sort parameter: read page after page (the request's
   * `offsetParam` moved by `pageSize`) until a short page, at most `maxPages` requests per poll, then sort.
   */
  readPages?: PageReading;
  /** Hidden triggers feed dropdowns; Zapier asks for more pages when `canPaginate`. */
  hidden?: boolean;
  canPaginate?: boolean;
}

/** A polling trigger over one list endpoint: one request per poll, items newest first, each with an `id`. */
export const listTrigger = <S extends AnyInputs>(spec: ListTriggerSpec<S>): Trigger => ({
  key: spec.key,
  noun: spec.noun,
  display: display(spec, spec.hidden),
  operation: {
    type: 'polling',
    inputFields: inputFieldsOf(spec),
    ...(spec.canPaginate ? { canPaginate: true } : {}),
    perform: async (z: ZObject, bundle: Bundle) => {
      const { input, context, response } = await run(spec, z, bundle);
      const itemsIn = (answer: unknown): Json[] => (spec.items ? spec.items(answer, input) : itemsOf(answer, spec.listKey));
      const first = itemsIn(response);
      const found = spec.readPages ? [...first, ...(await laterPages(spec, input, context, first.length, itemsIn))] : first;
      const each = found.map((item) => (spec.mapItem ? spec.mapItem(item, input) : item));
      const mapped = spec.mapItems ? await spec.mapItems(each, context) : each;
      const items = uniqueById(mapped.map((item) => withId(item, spec.idField)));
      return spec.newestFirstBy ? newestFirst(items, spec.newestFirstBy) : items;
    },
    sample: spec.sample,
    outputFields: spec.outputFields,
  },
});

export interface PageReading {
  offsetParam: 'skip' | 'offset';
  pageSize: number;
  maxPages: number;
}

/** Most requests one poll of an unsorted list may send (the bench reports them: bench/requests.ts). */
export const UNSORTED_LIST_MAX_PAGES = 5;

/** The pages after the first of an unsorted list, until a short page or the request budget. */
const laterPages = async <S extends AnyInputs>(
  spec: ListTriggerSpec<S>,
  input: Parameters<OperationSpec<S>['request']>[0],
  context: Context,
  firstCount: number,
  itemsIn: (answer: unknown) => Json[],
): Promise<Json[]> => {
  const { offsetParam, pageSize, maxPages } = spec.readPages!;
  const items: Json[] = [];
  let lastCount = firstCount;
  for (let page = 1; page < maxPages && lastCount >= pageSize; page += 1) {
    const request = await spec.request(input, context);
    const answer = await callApi<unknown>(context.z, context.bundle, { ...request, query: { ...request.query, [offsetParam]: page * pageSize } });
    const found = itemsIn(answer);
    items.push(...found);
    lastCount = found.length;
  }
  return items;
};

export interface WatchTriggerSpec<S extends AnyInputs> extends OperationSpec<S> {
  /** Where the record is in the answer (`contact`; the real wrapper first when HighLevel differs from its spec); omit when the answer is the record. */
  objectKey?: ObjectKey;
  idField?: string;
  /** Key under which the record's own id is kept, since `id` carries the change marker (`contactId`). */
  recordIdKey: string;
  /** What changes when the record changes; default `dateUpdated`/`updatedAt`, else a fingerprint of the record. */
  changeMarker?: (record: Json) => string | undefined;
  mapItem?: (item: Json, input: Parameters<OperationSpec<S>['request']>[0]) => Json;
}

const defaultMarker = (record: Json): string => {
  const updated = record.dateUpdated ?? record.updatedAt ?? record.lastUpdated;
  return typeof updated === 'string' && updated ? updated : fingerprint(record);
};

/**
 * A polling trigger on one record (or one check): it fires when the record first appears and again each time
 * it changes, because its `id` is the record id plus a change marker. A 404 means "not there yet": no item.
 */
export const watchTrigger = <S extends AnyInputs>(spec: WatchTriggerSpec<S>): Trigger => ({
  key: spec.key,
  noun: spec.noun,
  display: display(spec),
  operation: {
    type: 'polling',
    inputFields: inputFieldsOf(spec),
    perform: async (z: ZObject, bundle: Bundle) => {
      const outcome = await unlessNotFound(run(spec, z, bundle));
      if (!outcome) return [];
      // The record only, never the answer's envelope (a fresh `traceId` per call would change the marker every poll).
      const found = recordOfRead(outcome.response, keysOf(spec.objectKey), spec.label);
      if (!found) return [];
      const record = spec.mapItem ? spec.mapItem(found, outcome.input) : found;
      const recordId = String(withId(record, spec.idField).id);
      const marker = (spec.changeMarker ?? defaultMarker)(record) ?? fingerprint(record);
      return [{ ...record, [spec.recordIdKey]: recordId, id: `${recordId}:${marker}` }];
    },
    sample: spec.sample,
    outputFields: spec.outputFields,
  },
});

export interface DropdownSpec<S extends AnyInputs> extends Omit<ListTriggerSpec<S>, 'label' | 'description' | 'sample' | 'outputFields'> {
  sample?: Json;
}

/** A hidden trigger that fills a dynamic dropdown (`dynamic: 'key.id.name'`). */
export const dropdownTrigger = <S extends AnyInputs>(spec: DropdownSpec<S>): Trigger =>
  listTrigger({
    ...spec,
    label: `${spec.noun} choices`,
    description: `Lists ${spec.noun.toLowerCase()} choices for dropdowns.`,
    sample: spec.sample ?? { id: 'sample-id', name: `Sample ${spec.noun}` },
    outputFields: [{ key: 'id', label: 'ID' }, { key: 'name', label: 'Name' }],
    hidden: true,
  });
