import { createAction, deleted } from '../../factories/actions';
import { userId } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { notFoundUser } from '../../fields/user';
import { apiPath } from '../../http/path';

/** DELETE /users/{userId}; HighLevel queues the deletion and answers `{succeded, message}`. */
export default createAction({
  key: 'delete_user',
  noun: 'User',
  label: 'Delete User',
  description: 'Deletes a user; HighLevel queues the deletion and it takes effect within a few minutes. This cannot be undone.',
  inputs: inputs({ userId: userId({ required: true, helpText: 'The user to delete. Choose one, search for one, or map a HighLevel user ID.' }) }),
  request: (input) => ({ method: 'DELETE', path: apiPath`/users/${input.userId}` }),
  result: (response, input) => {
    const message = (response as { message?: unknown }).message;
    return { ...deleted((parsed: typeof input) => parsed.userId)(response, input), ...(typeof message === 'string' ? { message } : {}) };
  },
  notFoundMessage: notFoundUser,
  sample: { id: '0IHuJvc2ofPAAA8GzTRi', deleted: true, message: 'Queued deleting user with e-mail john@deo.com and name John Deo. Will take effect in a few minutes.' },
  outputFields: [
    { key: 'id', label: 'Deleted User ID' },
    { key: 'deleted', label: 'Deleted', type: 'boolean' },
    { key: 'message', label: 'HighLevel Message' },
  ],
});
