import type { Bundle, PlainOutputField, Trigger, ZObject } from 'zapier-platform-core';
import type { Json } from '../../factories/common';
import { display, newestFirst } from '../../factories/common';
import { objectKeyInput, propertyOutputs, recentRecords, recordItem, recordOutputFields, recordSample } from '../../fields/customObjects';
import { inputs } from '../../fields/kit';

const fields = inputs({ schemaKey: objectKeyInput() });

interface RecordEventSpec {
  key: string;
  label: string;
  description: string;
  /** The date that marks the event, newest first by it (`createdAt`, `updatedAt`). */
  dateKey: 'createdAt' | 'updatedAt';
  /** Which records are events (Updated skips records never changed since they were created). */
  isEvent: (record: Json) => boolean;
  /** The item's dedupe id: the record id, or the record id with the event's marker. */
  idOf: (record: Json) => string;
  idLabel: string;
}

/** A polling trigger on the chosen object's records: read within the request budget of `recentRecords`, newest first. */
export const recordEventTrigger = (spec: RecordEventSpec): Trigger => ({
  key: spec.key,
  noun: 'Custom Object Record',
  display: display(spec),
  operation: {
    type: 'polling',
    inputFields: fields.fields,
    perform: async (z: ZObject, bundle: Bundle) => {
      const { schemaKey } = fields.parse((bundle.inputData ?? {}) as Json);
      const events = (await recentRecords(z, bundle, schemaKey)).filter(spec.isEvent).map((record) => ({ ...recordItem(record), id: spec.idOf(record) }));
      return newestFirst(events, spec.dateKey);
    },
    sample: { ...recordSample, id: spec.idOf(recordSample) },
    outputFields: [{ key: 'id', label: spec.idLabel } satisfies PlainOutputField, ...recordOutputFields, propertyOutputs],
  },
});
