import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { PAGE_SIZE } from '../../fields/other';
import { apiPath } from '../../http/path';

/** Blog categories of the sub-account (GET /blogs/categories: limit/offset required); the name is the `label`. */
export default dropdownTrigger({
  key: 'dropdown_blog_categories',
  noun: 'Blog Category',
  inputs: inputs({}),
  request: (_input, { connection, page }) => ({
    method: 'GET',
    path: apiPath`/blogs/categories`,
    query: { locationId: connection.locationId, limit: PAGE_SIZE, offset: page * PAGE_SIZE },
  }),
  listKey: 'categories',
  idField: '_id',
  canPaginate: true,
  mapItem: (category) => ({ ...category, name: category.label ?? category.urlSlug }),
  sample: { id: 'lMOzIQZne5m6zQ528sT6', _id: 'lMOzIQZne5m6zQ528sT6', name: 'Agency Growth' },
});
