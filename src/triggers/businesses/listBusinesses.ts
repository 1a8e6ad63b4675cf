import { listTrigger, UNSORTED_LIST_MAX_PAGES } from '../../factories/triggers';
import { businessOutputFields, businessSample } from '../../fields/business';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** How many businesses one poll reads (HighLevel's default page size). */
export const POLL_PAGE_SIZE = 100;

/** GET /businesses/?locationId: one page per poll, newest first by creation date. `limit`/`skip` are strings in the spec. */
export default listTrigger({
  key: 'list_businesses',
  noun: 'Business',
  label: 'List Businesses by Location',
  description: 'Triggers when a new business (company record) is added to the sub-account.',
  inputs: inputs({}),
  request: (_input, { connection }) => ({
    method: 'GET',
    path: apiPath`/businesses/`,
    query: { locationId: connection.locationId, limit: String(POLL_PAGE_SIZE), skip: '0' },
  }),
  // No sort parameter and no documented order (newest first is not guaranteed): read the pages, within the poll's budget.
  readPages: { offsetParam: 'skip', pageSize: POLL_PAGE_SIZE, maxPages: UNSORTED_LIST_MAX_PAGES },
  listKey: 'businesses',
  newestFirstBy: 'createdAt',
  sample: businessSample,
  outputFields: businessOutputFields,
});
