import { createAction } from '../../factories/actions';
import { notFound, taskBody, taskId, taskInputs, taskOutputFields, taskResult, taskSample, parentContact } from '../../fields/contactActions';
import { inputs, requireChanges } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** PUT /contacts/{contactId}/tasks/{taskId} with only the mapped fields. */
export default createAction({
  key: 'update_contact_task',
  noun: 'Task',
  label: 'Update Contact Task',
  description: 'Updates a task of a contact, changing only the fields you map (title, description, due date, status or assigned user).',
  inputs: inputs({ contactId: parentContact(), taskId: taskId(), ...taskInputs(false) }),
  request: (input) => {
    const { contactId, taskId: task, ...changes } = input;
    return { method: 'PUT', path: apiPath`/contacts/${contactId}/tasks/${task}`, body: requireChanges(taskBody(changes), 'task') };
  },
  result: taskResult,
  notFoundMessage: (input) => notFound('task', input.taskId),
  sample: taskSample,
  outputFields: taskOutputFields,
});
