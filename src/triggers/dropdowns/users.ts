import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const PAGE_SIZE = 100;

/** Users of the sub-account, for user dropdowns. GET /users/search needs the company id as well as the location id. */
export default dropdownTrigger({
  key: 'dropdown_users',
  noun: 'User',
  inputs: inputs({}),
  request: (_input, { connection, page }) => ({
    method: 'GET',
    path: apiPath`/users/search`,
    query: {
      companyId: connection.companyId,
      locationId: connection.locationId,
      limit: String(PAGE_SIZE),
      skip: String(page * PAGE_SIZE),
    },
  }),
  listKey: 'users',
  canPaginate: true,
  mapItem: (user) => ({ ...user, name: user.name || [user.firstName, user.lastName].filter(Boolean).join(' ') || user.email }),
  sample: { id: 'ocQHyuzHvysMo5N5VsXc', name: 'Ada Lovelace', email: 'ada@example.com' },
});
