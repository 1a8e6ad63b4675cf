import { createAction } from '../../factories/actions';
import { choice, inputs, string } from '../../fields/kit';
import { USER_ROLES, USER_TYPES, userBody, userEmail, userOutputFields, userSample, userWriteInputs, withUserName } from '../../fields/user';
import { apiPath } from '../../http/path';

/** CreateUserDto requires companyId, firstName, lastName, email, password, type, role and locationIds. */
const fields = inputs({
  ...userWriteInputs,
  firstName: string({ label: 'First Name', required: true }),
  lastName: string({ label: 'Last Name', required: true }),
  email: userEmail({ required: true }),
  password: { ...userWriteInputs.password, field: { ...userWriteInputs.password.field, required: true }, required: true as const },
  type: choice({ label: 'User Type', required: true, default: 'account', helpText: 'Sub-account users work in this sub-account.', values: USER_TYPES }),
  role: choice({ label: 'Role', required: true, default: 'user', helpText: 'Admins can manage the sub-account settings; users cannot.', values: USER_ROLES }),
});

/** POST /users/ with the connection's company id and sub-account (`locationIds`); the user comes back at the root. */
export default createAction({
  key: 'create_user',
  noun: 'User',
  label: 'Create User',
  description: 'Creates a new user (team member) with access to the sub-account, with optional permissions and scopes.',
  inputs: fields,
  request: (input, { connection }) => ({
    method: 'POST',
    path: apiPath`/users/`,
    body: { companyId: connection.companyId, ...userBody(input), locationIds: [connection.locationId] },
  }),
  result: (response) => withUserName((response ?? {}) as Record<string, unknown>),
  sample: userSample,
  outputFields: userOutputFields,
});
