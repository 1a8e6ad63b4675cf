import { watchTrigger } from '../../factories/triggers';
import { userId } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { userOutputFields, userSample, withUserName } from '../../fields/user';
import { apiPath } from '../../http/path';

/** GET /users/{userId} (the user at the root): fires when the user is first found and each time the record changes. */
export default watchTrigger({
  key: 'get_user',
  noun: 'User',
  label: 'Get User',
  description: 'Triggers when the chosen user is first found and again each time their details (name, role, permissions…) change.',
  inputs: inputs({ userId: userId({ required: true }) }),
  request: (input) => ({ method: 'GET', path: apiPath`/users/${input.userId}` }),
  recordIdKey: 'userId',
  mapItem: withUserName,
  sample: { ...userSample, userId: userSample.id, id: `${userSample.id}:3f2a9c41d0be` },
  outputFields: [
    { key: 'userId', label: 'User ID' },
    { key: 'id', label: 'Change ID (user ID and version)' },
    ...userOutputFields.filter((field) => field.key !== 'id'),
  ],
});
