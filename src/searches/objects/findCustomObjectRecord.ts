import { searchAction } from '../../factories/actions';
import type { Json } from '../../factories/common';
import { RECORDS_PER_PAGE, objectKeyInput, propertyOutputs, recordItem, recordOutputFields, recordSample, recordsOf, searchBody } from '../../fields/customObjects';
import { inputs, string } from '../../fields/kit';
import { apiPath } from '../../http/path';

const normalized = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value).trim().toLowerCase() : '');

/** Records with a field equal to the text first (any case), then the others in HighLevel's order. */
export const rankByProperty = (records: Json[], text: string): Json[] => {
  const wanted = normalized(text);
  const exact = (record: Json) => Object.values((record.properties as Json | undefined) ?? {}).some((value) => normalized(value) === wanted);
  return [...records.filter(exact), ...records.filter((record) => !exact(record))];
};

/** POST /objects/{schemaKey}/records/search with the text as `query` (HighLevel matches it on the object's searchable fields). */
export default searchAction({
  key: 'find_custom_object_record',
  noun: 'Custom Object Record',
  label: 'Find Custom Object Record',
  description: 'Finds a record of a custom object by text in its searchable fields. A record with a field equal to the text comes first.',
  inputs: inputs({
    schemaKey: objectKeyInput(),
    query: string({
      label: 'Search Text',
      required: true,
      helpText:
        'What to look for, such as Buddy. HighLevel searches the fields marked searchable in the object’s settings; `name:Buddy` searches one field.',
    }),
  }),
  request: (input, { connection }) => ({
    method: 'POST',
    path: apiPath`/objects/${input.schemaKey}/records/search`,
    body: searchBody(connection.locationId, input.query, 1, RECORDS_PER_PAGE),
  }),
  results: recordsOf,
  mapItem: recordItem,
  rank: (records, input) => rankByProperty(records, input.query.replace(/^[\w.]+:/, '')),
  sample: recordSample,
  outputFields: [{ key: 'id', label: 'Record ID' }, ...recordOutputFields, propertyOutputs],
});
