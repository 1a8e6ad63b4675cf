import { createAction } from '../../factories/actions';
import { taskBody, taskInputs, taskOutputFields, taskResult, taskSample, theContact } from '../../fields/contactActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** POST /contacts/{contactId}/tasks; title, dueDate (ISO) and completed are required by HighLevel. */
export default createAction({
  key: 'create_contact_task',
  noun: 'Task',
  label: 'Create Contact Task',
  description: 'Creates a task on a contact, with a due date and optionally a user to do it.',
  inputs: inputs({ contactId: theContact(), ...taskInputs(true) }),
  request: (input) => {
    const { contactId, ...task } = input;
    return { method: 'POST', path: apiPath`/contacts/${contactId}/tasks`, body: taskBody({ ...task, completed: task.completed ?? false }) };
  },
  result: taskResult,
  notFoundMessage: (input) => `The contact ${input.contactId} was not found in HighLevel. It may have been deleted.`,
  sample: taskSample,
  outputFields: taskOutputFields,
});
