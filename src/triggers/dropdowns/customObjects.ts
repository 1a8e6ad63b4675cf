import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';
import { connectionOf } from '../../connection';
import { dropdownTrigger } from '../../factories/triggers';
import type { Json } from '../../factories/common';
import { display } from '../../factories/common';
import { callApi } from '../../http/client';
import { fetchObjectSchema, propertyKeyOf, recordsOf, searchBody } from '../../fields/customObjects';
import { id, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/**
 * The sub-account's custom objects (GET /objects/?locationId → `{objects: [{key, labels: {singular, plural}, …}]}`).
 * The list also holds the standard objects (contact, opportunity, business); only custom ones (`custom_objects.*`)
 * have records this app's custom object steps handle. The choice's id is the object's key, which the record routes take.
 */
export const customObjectsDropdown = dropdownTrigger({
  key: 'dropdown_custom_objects',
  noun: 'Custom Object',
  inputs: inputs({}),
  request: (_input, { connection }) => ({ method: 'GET', path: apiPath`/objects/`, query: { locationId: connection.locationId } }),
  items: (answer) =>
    ((answer as { objects?: Json[] } | undefined)?.objects ?? []).filter((object) => typeof object.key === 'string' && object.key.startsWith('custom_objects.')),
  mapItem: (object) => ({
    ...object,
    objectId: object.id,
    id: object.key,
    name: (object.labels as { plural?: string; singular?: string } | undefined)?.plural ?? object.key,
  }),
  sample: { id: 'custom_objects.pet', objectId: '661c06b4ffde146bdb469442', name: 'Pets' },
});

const PAGE = 100;
const recordInputs = inputs({ schemaKey: id({ label: 'Custom Object', required: true }) });

/** A record's name in the dropdown: its primary display property (`custom_objects.pet.name` → `properties.name`), else its id. */
const nameOf = (record: Json, primaryKey: string | undefined): string => {
  const value = primaryKey ? (record.properties as Json | undefined)?.[primaryKey] : undefined;
  return value === undefined || value === null || value === '' ? String(record.id) : String(value);
};

/**
 * Records of the object chosen in the step (`schemaKey`), named by the object's primary display property (from the
 * cached schema): POST /objects/{key}/records/search, one page of 100 per dropdown page.
 */
export const customObjectRecordsDropdown: Trigger = {
  key: 'dropdown_custom_object_records',
  noun: 'Custom Object Record',
  display: display({ label: 'Custom Object Record choices', description: 'Lists custom object record choices for dropdowns.' }, true),
  operation: {
    type: 'polling',
    canPaginate: true,
    inputFields: recordInputs.fields,
    perform: async (z: ZObject, bundle: Bundle) => {
      const { schemaKey } = recordInputs.parse((bundle.inputData ?? {}) as Json);
      const { locationId } = connectionOf(bundle);
      const page = Number(bundle.meta?.page ?? 0) || 0;
      const answer = await callApi(z, bundle, { method: 'POST', path: apiPath`/objects/${schemaKey}/records/search`, body: searchBody(locationId, '', page + 1, PAGE) });
      const schema = await fetchObjectSchema(z, bundle, schemaKey);
      const primary = schema.fields.find((field) => field.fieldKey === schema.primaryDisplayProperty);
      const primaryKey = primary ? propertyKeyOf(primary, schema.key) : undefined;
      return recordsOf(answer).map((record) => ({ ...record, id: String(record.id), name: nameOf(record, primaryKey) }));
    },
    sample: { id: '661c06b4ffde146bdb469442', name: 'Buddy' },
    outputFields: [{ key: 'id', label: 'ID' }, { key: 'name', label: 'Name' }],
  },
};

export default [customObjectsDropdown, customObjectRecordsDropdown] satisfies Trigger[];
