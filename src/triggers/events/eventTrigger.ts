import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';
import type { Context, Item, Json, OperationSpec } from '../../factories/common';
import { contextOf, display, newestFirst } from '../../factories/common';
import type { Parsed } from '../../fields/kit';

type AnyInputs = Parameters<typeof import('../../fields/kit').inputs>[0];

/**
 * An event trigger: it reads the records an event may have touched (newest first where HighLevel can sort, else within
 * a stated page budget) and gives each event one id, `<record id>:<event marker>`, so Zapier fires once per event —
 * also for an event on an old record — and never again for the same event on the next poll.
 */
export interface EventTriggerSpec<S extends AnyInputs> extends Omit<OperationSpec<S>, 'request'> {
  /** The requests of one poll (bounded: see each trigger's help) and the records they return. */
  load: (input: Parsed<S>, context: Context) => Promise<Json[]>;
  /** The key under which the record's own id is kept (`opportunityId`), since `id` carries the event. */
  recordIdKey: string;
  /** The record's own id; default `id`, else `_id`. */
  recordId?: (record: Json) => unknown;
  /** What identifies the event on the record (stage and stage-change date, tag, status…); omit for "new record" triggers. */
  marker?: (record: Json, input: Parsed<S>) => ReadonlyArray<unknown> | undefined;
  /** Records that do not carry the event (another status, no stage change yet) are left out. */
  keep?: (record: Json, input: Parsed<S>) => boolean;
  /** Reshape a record (label custom fields, ISO dates); runs before the ids are set. */
  mapItem?: (record: Json, input: Parsed<S>) => Json;
  /** The event's own date: the output is newest event first. */
  newestFirstBy: string;
}

const primitive = (value: unknown): string | undefined =>
  (typeof value === 'string' && value !== '') || typeof value === 'number' ? String(value) : undefined;

/** The items of one poll: one per event, unique ids, newest event first. Exported for tests of the id rule. */
export const eventItems = <S extends AnyInputs>(spec: EventTriggerSpec<S>, records: Json[], input: Parsed<S>): Item[] => {
  const seen = new Set<string>();
  const items: Item[] = [];
  for (const found of records) {
    if (spec.keep && !spec.keep(found, input)) continue;
    const record = spec.mapItem ? spec.mapItem(found, input) : found;
    const recordId = primitive((spec.recordId ?? ((entry: Json) => entry.id ?? entry._id))(record));
    if (!recordId) continue;
    const parts = spec.marker?.(record, input);
    if (spec.marker && (!parts || parts.some((part) => primitive(part) === undefined))) continue;
    const id = parts ? [recordId, ...parts.map(String)].join(':') : recordId;
    if (seen.has(id)) continue;
    seen.add(id);
    items.push({ ...record, [spec.recordIdKey]: recordId, id });
  }
  return newestFirst(items, spec.newestFirstBy);
};

export const eventTrigger = <S extends AnyInputs>(spec: EventTriggerSpec<S>): Trigger => ({
  key: spec.key,
  noun: spec.noun,
  display: display(spec),
  operation: {
    type: 'polling',
    inputFields: [...spec.inputs.fields, ...(spec.dynamicInputs ?? [])],
    perform: async (z: ZObject, bundle: Bundle) => {
      const input = spec.inputs.parse((bundle.inputData ?? {}) as Json);
      const records = await spec.load(input, contextOf(z, bundle));
      return eventItems(spec, records, input);
    },
    sample: spec.sample,
    outputFields: spec.outputFields,
  },
});
