import { listTrigger, UNSORTED_LIST_MAX_PAGES } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { PAGE_SIZE } from '../../fields/other';
import { apiPath } from '../../http/path';

/** GET /blogs/categories (locationId, limit, offset required); ids are `_id`. */
export default listTrigger({
  key: 'list_blog_categories',
  noun: 'Blog Category',
  label: 'Get Blog Categories',
  description: 'Triggers when a new blog category is added to the sub-account.',
  inputs: inputs({}),
  request: (_input, { connection }) => ({
    method: 'GET',
    path: apiPath`/blogs/categories`,
    query: { locationId: connection.locationId, limit: PAGE_SIZE, offset: 0 },
  }),
  // No sort parameter and no documented order (newest first is not guaranteed): read the pages, within the poll's budget.
  readPages: { offsetParam: 'offset', pageSize: PAGE_SIZE, maxPages: UNSORTED_LIST_MAX_PAGES },
  listKey: 'categories',
  idField: '_id',
  newestFirstBy: 'updatedAt',
  sample: {
    id: 'lMOzIQZne5m6zQ528sT6',
    _id: 'lMOzIQZne5m6zQ528sT6',
    label: 'Agency Growth',
    urlSlug: 'agency-growth',
    locationId: 've9EPM428h8vShlRW1KT',
    canonicalLink: 'https://tryghl.blog/doc/category/agency-growth',
    updatedAt: '2025-01-03T11:06:35.822Z',
  },
  outputFields: [
    { key: 'id', label: 'Category ID' },
    { key: 'label', label: 'Name' },
    { key: 'urlSlug', label: 'URL Slug' },
    { key: 'canonicalLink', label: 'Canonical Link' },
    { key: 'locationId', label: 'Sub-account' },
    { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
  ],
});
