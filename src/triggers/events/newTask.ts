import { loadTasks, taskEventOutputFields, taskEventSample, taskFilters, withTaskTimes } from '../../fields/events/tasks';
import { inputs } from '../../fields/kit';
import { eventTrigger } from './eventTrigger';

export default eventTrigger({
  key: 'new_task',
  noun: 'Task',
  label: 'New Task',
  description: 'Triggers when a task is added to any contact of the sub-account (optionally: assigned to this user).',
  inputs: inputs(taskFilters),
  // A new task is open: reading open tasks only keeps the pages to what can be new.
  load: (input, context) => loadTasks(context, false, input.assignedTo),
  recordIdKey: 'taskId',
  mapItem: withTaskTimes,
  newestFirstBy: 'dateAdded',
  sample: taskEventSample,
  outputFields: taskEventOutputFields('Task ID'),
});
