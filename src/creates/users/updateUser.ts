import { createAction } from '../../factories/actions';
import { userId } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { notFoundUser, userBody, userOutputFields, userSample, userWriteInputs, withUserName } from '../../fields/user';
import { apiPath } from '../../http/path';

const fields = inputs({ userId: userId({ required: true, helpText: 'The user to update. Choose one, search for one, or map a HighLevel user ID.' }), ...userWriteInputs });

/** PUT /users/{userId} with only the mapped fields (HighLevel no longer lets the email be changed). */
export default createAction({
  key: 'update_user',
  noun: 'User',
  label: 'Update User',
  description: 'Updates a user: name, password, phone, type, role, permissions or scopes. Fields left empty keep their current values.',
  inputs: fields,
  request: ({ userId: id, ...changes }) => ({ method: 'PUT', path: apiPath`/users/${id}`, body: userBody(changes) }),
  result: (response) => withUserName((response ?? {}) as Record<string, unknown>),
  notFoundMessage: notFoundUser,
  sample: userSample,
  outputFields: userOutputFields,
});
