import type { Trigger } from 'zapier-platform-core';
import contactNotes from './contactNotes';
import contactTasks from './contactTasks';

/** Hidden triggers for the task and note dropdowns of the contact actions (they list the chosen contact's tasks/notes). */
export default [contactTasks, contactNotes] satisfies Trigger[];
