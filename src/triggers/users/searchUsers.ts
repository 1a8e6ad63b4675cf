import { listTrigger } from '../../factories/triggers';
import { choice, inputs, list, string } from '../../fields/kit';
import { userId } from '../../fields/dropdowns';
import { USER_ROLES, USER_TYPES, userOutputFields, userSample, userSearchQuery, withUserName } from '../../fields/user';
import { apiPath } from '../../http/path';

const fields = inputs({
  query: string({ label: 'Search Text', helpText: 'Only users whose full name, email or phone matches this text.' }),
  role: choice({ label: 'Role', helpText: 'Only users with this role.', values: USER_ROLES }),
  type: choice({ label: 'User Type', helpText: 'Only users of this type.', values: USER_TYPES }),
  ids: list(userId(), { label: 'Users', helpText: 'Only these users. Choose them, or map HighLevel user IDs (one per item).' }),
});

/** GET /users/search scoped to the connection's company and sub-account, newest first, one request per poll. */
export default listTrigger({
  key: 'search_users',
  noun: 'User',
  label: 'Search Users',
  description: 'Triggers when a new user matching your search (text, role, type) is added to the sub-account.',
  inputs: fields,
  request: ({ ids, ...filters }, { connection }) => ({
    method: 'GET',
    path: apiPath`/users/search`,
    query: userSearchQuery(connection.companyId, connection.locationId, { ...filters, ids: ids?.join(',') }),
  }),
  listKey: 'users',
  newestFirstBy: 'dateAdded',
  mapItem: withUserName,
  sample: userSample,
  outputFields: userOutputFields,
});
