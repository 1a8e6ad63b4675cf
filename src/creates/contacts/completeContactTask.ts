import { createAction } from '../../factories/actions';
import { notFound, taskId, taskOutputFields, taskResult, taskSample, parentContact } from '../../fields/contactActions';
import { boolean, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** PUT /contacts/{contactId}/tasks/{taskId}/completed with `{completed}`: marks the task done, or reopens it. */
export default createAction({
  key: 'complete_contact_task',
  noun: 'Task',
  label: 'Complete Contact Task',
  description: 'Updates a task of a contact to completed (or reopens it, if you set Completed to No).',
  inputs: inputs({
    contactId: parentContact(),
    taskId: taskId(),
    completed: boolean({ label: 'Completed', default: 'true', helpText: 'Yes (the default) marks the task completed; No reopens it.' }),
  }),
  request: (input) => ({
    method: 'PUT',
    path: apiPath`/contacts/${input.contactId}/tasks/${input.taskId}/completed`,
    body: { completed: input.completed ?? true },
  }),
  result: taskResult,
  notFoundMessage: (input) => notFound('task', input.taskId),
  sample: { ...taskSample, completed: true },
  outputFields: taskOutputFields,
});
