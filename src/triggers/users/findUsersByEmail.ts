import { listTrigger } from '../../factories/triggers';
import { fingerprint } from '../../factories/common';
import { requireAgencyConnection } from '../../connection';
import { email, inputs, list } from '../../fields/kit';
import { userOutputFields, userSample, withUserName } from '../../fields/user';
import { apiPath } from '../../http/path';

const fields = inputs({
  emails: list(email({ label: 'Email' }), {
    label: 'Emails',
    required: true,
    helpText: 'The email addresses of the users to find, such as ada@example.com. One per item.',
  }),
});

/**
 * POST /users/search/filter-by-email: agency connections only (HighLevel refuses sub-account tokens), so a
 * sub-account connection gets a plain message before any request. Each user found fires once, and again
 * when their record changes (`id` = user id + a fingerprint of the record; the user id stays in `userId`).
 */
export default listTrigger({
  key: 'find_users_by_email',
  noun: 'User',
  label: 'Filter Users by Email',
  description: 'Triggers when a user with one of the given email addresses is found in the agency, and again when that user changes. Needs an agency connection.',
  inputs: fields,
  request: (input, { bundle, connection }) => {
    requireAgencyConnection(bundle, 'Filter Users by Email');
    return {
      method: 'POST',
      path: apiPath`/users/search/filter-by-email`,
      body: { companyId: connection.companyId, emails: input.emails.join(','), projection: 'all', skip: '0', limit: '100' },
    };
  },
  listKey: 'users',
  mapItem: (user) => {
    const named = withUserName(user);
    return { ...named, userId: user.id, id: `${String(user.id)}:${fingerprint(user)}` };
  },
  sample: { ...userSample, userId: userSample.id, id: `${userSample.id}:3f2a9c41d0be` },
  outputFields: [
    { key: 'userId', label: 'User ID' },
    { key: 'id', label: 'Change ID (user ID and version)' },
    ...userOutputFields.filter((field) => field.key !== 'id'),
  ],
});
