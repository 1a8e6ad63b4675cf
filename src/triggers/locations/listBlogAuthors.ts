import { listTrigger, UNSORTED_LIST_MAX_PAGES } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { PAGE_SIZE } from '../../fields/other';
import { apiPath } from '../../http/path';

/** GET /blogs/authors (locationId, limit, offset required); ids are `_id`. */
export default listTrigger({
  key: 'list_blog_authors',
  noun: 'Blog Author',
  label: 'Get Blog Authors',
  description: 'Triggers when a new blog author is added to the sub-account.',
  inputs: inputs({}),
  request: (_input, { connection }) => ({
    method: 'GET',
    path: apiPath`/blogs/authors`,
    query: { locationId: connection.locationId, limit: PAGE_SIZE, offset: 0 },
  }),
  // No sort parameter and no documented order (newest first is not guaranteed): read the pages, within the poll's budget.
  readPages: { offsetParam: 'offset', pageSize: PAGE_SIZE, maxPages: UNSORTED_LIST_MAX_PAGES },
  listKey: 'authors',
  idField: '_id',
  newestFirstBy: 'updatedAt',
  sample: {
    id: 'lMOzIQZne5m6zQ528sT6',
    _id: 'lMOzIQZne5m6zQ528sT6',
    name: 'HighLevel',
    locationId: 've9EPM428h8vShlRW1KT',
    canonicalLink: 'https://tryghl.blog/author/highlevel',
    updatedAt: '2025-01-03T11:06:35.822Z',
  },
  outputFields: [
    { key: 'id', label: 'Author ID' },
    { key: 'name', label: 'Name' },
    { key: 'canonicalLink', label: 'Canonical Link' },
    { key: 'locationId', label: 'Sub-account' },
    { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
  ],
});
