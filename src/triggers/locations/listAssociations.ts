import { listTrigger, UNSORTED_LIST_MAX_PAGES } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { associationOutputFields, associationSample, listItems, PAGE_SIZE } from '../../fields/other';
import { apiPath } from '../../http/path';

/** GET /associations/ (locationId, skip, limit all required); the list key is undocumented, see `listItems`. */
export default listTrigger({
  key: 'list_associations',
  noun: 'Association',
  label: 'Find Associations',
  description: 'Triggers when a new association (a link type between objects, such as contact ↔ custom object) is added to the sub-account.',
  inputs: inputs({}),
  request: (_input, { connection }) => ({
    method: 'GET',
    path: apiPath`/associations/`,
    query: { locationId: connection.locationId, skip: 0, limit: PAGE_SIZE },
  }),
  // No sort parameter and no documented order (newest first is not guaranteed): read the pages, within the poll's budget.
  readPages: { offsetParam: 'skip', pageSize: PAGE_SIZE, maxPages: UNSORTED_LIST_MAX_PAGES },
  items: listItems,
  sample: associationSample,
  outputFields: associationOutputFields,
});
