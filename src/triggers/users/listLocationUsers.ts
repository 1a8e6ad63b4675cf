import { listTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { userOutputFields, userSample, userSearchQuery, withUserName } from '../../fields/user';
import { apiPath } from '../../http/path';

/** GET /users/search with the connection's company and sub-account (the deprecated GET /users/ is not used). */
export default listTrigger({
  key: 'list_location_users',
  noun: 'User',
  label: 'List Users by Location',
  description: 'Triggers when a new user is added to the sub-account.',
  inputs: inputs({}),
  request: (_input, { connection }) => ({
    method: 'GET',
    path: apiPath`/users/search`,
    query: userSearchQuery(connection.companyId, connection.locationId),
  }),
  listKey: 'users',
  newestFirstBy: 'dateAdded',
  mapItem: withUserName,
  sample: userSample,
  outputFields: userOutputFields,
});
