import { errors } from 'zapier-platform-core';
import { dropdownTrigger } from '../../factories/triggers';
import type { Json } from '../../factories/common';
import { id, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** "Call back · due 2026-07-08 · done": enough to tell a contact's tasks apart. */
export const taskChoiceName = (task: Json): string => {
  const title = typeof task.title === 'string' && task.title.trim() ? task.title.trim() : String(task.id ?? 'Task');
  const due = typeof task.dueDate === 'string' && task.dueDate ? ` · due ${task.dueDate.slice(0, 10)}` : '';
  return `${title}${due}${task.completed === true ? ' · done' : ''}`;
};

/**
 * Tasks of the contact chosen in the same operation (`contactId`), for task dropdowns.
 * GET /contacts/{contactId}/tasks returns them all at once (no paging).
 */
export default dropdownTrigger({
  key: 'dropdown_contact_tasks',
  noun: 'Contact Task',
  inputs: inputs({ contactId: id({ label: 'Contact' }) }),
  request: (input) => {
    if (!input.contactId) throw new errors.HaltedError('Choose a contact first: this list shows the tasks of that contact.');
    return { method: 'GET', path: apiPath`/contacts/${input.contactId}/tasks` };
  },
  listKey: 'tasks',
  newestFirstBy: 'dueDate',
  mapItem: (task) => ({ ...task, name: taskChoiceName(task) }),
  sample: { id: 'lJpzYrWdpkC2hX6t2yue', name: 'Call back about the quote · due 2026-07-08', dueDate: '2026-07-08T02:30:00.000Z', completed: false },
});
