import { watchTrigger } from '../../factories/triggers';
import { taskId } from '../../fields/contactActions';
import { taskOutputFields, taskSample, watchOutputFields, watchSample } from '../../fields/contactActivity';
import { contactId } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /contacts/{contactId}/tasks/{taskId}: no updated date in the answer, so a change is any change of the task. */
export default watchTrigger({
  key: 'get_contact_task',
  noun: 'Task',
  label: 'Get Contact Task by ID',
  description: 'Triggers when the chosen task of a contact is first found and again each time it changes (for example when it is completed).',
  inputs: inputs({
    contactId: contactId({ required: true, altersDynamicFields: true, helpText: 'The contact the task belongs to. Choose one, search for one, or map a HighLevel contact ID.' }),
    taskId: taskId(),
  }),
  request: (input) => ({ method: 'GET', path: apiPath`/contacts/${input.contactId}/tasks/${input.taskId}` }),
  objectKey: 'task',
  recordIdKey: 'taskId',
  sample: watchSample(taskSample, 'taskId'),
  outputFields: watchOutputFields(taskOutputFields, 'taskId'),
});
