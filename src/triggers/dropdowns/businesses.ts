import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const PAGE_SIZE = 100;

/** Businesses (companies) of the sub-account, a page at a time. */
export default dropdownTrigger({
  key: 'dropdown_businesses',
  noun: 'Business',
  inputs: inputs({}),
  request: (_input, { connection, page }) => ({
    method: 'GET',
    path: apiPath`/businesses/`,
    query: { locationId: connection.locationId, limit: String(PAGE_SIZE), skip: String(page * PAGE_SIZE) },
  }),
  listKey: 'businesses',
  canPaginate: true,
  sample: { id: '63771dcac1116f0e21de8e12', name: 'Acme Inc' },
});
