import { listTrigger } from '../../factories/triggers';
import { taskOutputFields, taskSample } from '../../fields/contactActivity';
import { contactId } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /contacts/{contactId}/tasks: every task of the contact (TaskSchema has no creation date: sorted by due date). */
export default listTrigger({
  key: 'list_contact_tasks',
  noun: 'Task',
  label: 'Get Contact Tasks',
  description: 'Triggers when a new task is added to the chosen contact.',
  inputs: inputs({ contactId: contactId({ required: true, helpText: 'The contact whose tasks to watch. Choose one, search for one, or map a HighLevel contact ID.' }) }),
  request: (input) => ({ method: 'GET', path: apiPath`/contacts/${input.contactId}/tasks` }),
  listKey: 'tasks',
  newestFirstBy: 'dueDate',
  sample: taskSample,
  outputFields: taskOutputFields,
});
