import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { PAGE_SIZE } from '../../fields/other';
import { apiPath } from '../../http/path';

/** Blog sites of the sub-account (GET /blogs/site/all: skip/limit required), a page at a time. */
export default dropdownTrigger({
  key: 'dropdown_blogs',
  noun: 'Blog',
  inputs: inputs({}),
  request: (_input, { connection, page }) => ({
    method: 'GET',
    path: apiPath`/blogs/site/all`,
    query: { locationId: connection.locationId, skip: page * PAGE_SIZE, limit: PAGE_SIZE },
  }),
  listKey: 'data',
  idField: '_id',
  canPaginate: true,
  sample: { id: 'lMOzIQZne5m6zQ528sT6', _id: 'lMOzIQZne5m6zQ528sT6', name: 'My blog' },
});
