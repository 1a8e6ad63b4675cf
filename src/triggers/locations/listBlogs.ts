import { listTrigger, UNSORTED_LIST_MAX_PAGES } from '../../factories/triggers';
import { inputs, string } from '../../fields/kit';
import { PAGE_SIZE } from '../../fields/other';
import { apiPath } from '../../http/path';

const fields = inputs({
  searchTerm: string({ label: 'Search Text', helpText: 'Only blogs whose name matches this text.' }),
});

/** GET /blogs/site/all (locationId, skip, limit required); the list key is `data`, ids are `_id`. */
export default listTrigger({
  key: 'list_blogs',
  noun: 'Blog',
  label: 'Get Blogs by Location',
  description: 'Triggers when a new blog site is added to the sub-account.',
  inputs: fields,
  request: (input, { connection }) => ({
    method: 'GET',
    path: apiPath`/blogs/site/all`,
    query: { locationId: connection.locationId, skip: 0, limit: PAGE_SIZE, searchTerm: input.searchTerm },
  }),
  // No sort parameter and no documented order (newest first is not guaranteed): read the pages, within the poll's budget.
  readPages: { offsetParam: 'skip', pageSize: PAGE_SIZE, maxPages: UNSORTED_LIST_MAX_PAGES },
  listKey: 'data',
  idField: '_id',
  sample: { id: 'lMOzIQZne5m6zQ528sT6', _id: 'lMOzIQZne5m6zQ528sT6', name: 'My blog' },
  outputFields: [
    { key: 'id', label: 'Blog ID' },
    { key: 'name', label: 'Name' },
  ],
});
