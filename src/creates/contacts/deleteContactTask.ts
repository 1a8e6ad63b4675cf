import { createAction, deleted } from '../../factories/actions';
import { deletedOutputFields, notFound, taskId, parentContact } from '../../fields/contactActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** DELETE /contacts/{contactId}/tasks/{taskId}; HighLevel answers `{succeded: true}`, so the result carries the id. */
export default createAction({
  key: 'delete_contact_task',
  noun: 'Task',
  label: 'Delete Contact Task',
  description: 'Deletes a task of a contact. This cannot be undone.',
  inputs: inputs({ contactId: parentContact(), taskId: taskId() }),
  request: (input) => ({ method: 'DELETE', path: apiPath`/contacts/${input.contactId}/tasks/${input.taskId}` }),
  result: deleted((input) => input.taskId),
  notFoundMessage: (input) => notFound('task', input.taskId),
  sample: { id: 'lJpzYrWdpkC2hX6t2yue', deleted: true },
  outputFields: deletedOutputFields('Task'),
});
