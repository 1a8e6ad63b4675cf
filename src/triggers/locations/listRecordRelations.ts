import { listTrigger, UNSORTED_LIST_MAX_PAGES } from '../../factories/triggers';
import { id, inputs, list } from '../../fields/kit';
import { associationId, listItems, PAGE_SIZE, relationOutputFields, relationSample } from '../../fields/other';
import { apiPath } from '../../http/path';

const fields = inputs({
  recordId: id({
    label: 'Record',
    helpText: 'The record whose relations to watch (a contact, or a custom object record): map its ID from an earlier step.',
    required: true,
  }),
  associationIds: list(associationId(), {
    label: 'Associations',
    helpText: 'Only relations of these associations. Leave empty for all.',
  }),
});

/** GET /associations/relations/{recordId} (locationId, skip, limit required; associationIds optional). */
export default listTrigger({
  key: 'list_record_relations',
  noun: 'Relation',
  label: 'Get Relations by Record',
  description: 'Triggers when a new relation (a link to another record) is added to the chosen record.',
  inputs: fields,
  request: (input, { connection }) => ({
    method: 'GET',
    path: apiPath`/associations/relations/${input.recordId}`,
    query: { locationId: connection.locationId, skip: 0, limit: PAGE_SIZE, associationIds: input.associationIds },
  }),
  // No sort parameter and no documented order (newest first is not guaranteed): read the pages, within the poll's budget.
  readPages: { offsetParam: 'skip', pageSize: PAGE_SIZE, maxPages: UNSORTED_LIST_MAX_PAGES },
  items: listItems,
  newestFirstBy: 'createdAt',
  sample: relationSample,
  outputFields: relationOutputFields,
});
