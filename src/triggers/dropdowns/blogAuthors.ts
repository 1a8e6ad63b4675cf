import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { PAGE_SIZE } from '../../fields/other';
import { apiPath } from '../../http/path';

/** Blog authors of the sub-account (GET /blogs/authors: limit/offset required), a page at a time. */
export default dropdownTrigger({
  key: 'dropdown_blog_authors',
  noun: 'Blog Author',
  inputs: inputs({}),
  request: (_input, { connection, page }) => ({
    method: 'GET',
    path: apiPath`/blogs/authors`,
    query: { locationId: connection.locationId, limit: PAGE_SIZE, offset: page * PAGE_SIZE },
  }),
  listKey: 'authors',
  idField: '_id',
  canPaginate: true,
  sample: { id: 'lMOzIQZne5m6zQ528sT6', _id: 'lMOzIQZne5m6zQ528sT6', name: 'HighLevel' },
});
