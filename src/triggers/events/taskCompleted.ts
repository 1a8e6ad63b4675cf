import { loadTasks, taskEventOutputFields, taskEventSample, taskFilters, withTaskTimes } from '../../fields/events/tasks';
import { inputs } from '../../fields/kit';
import { eventTrigger } from './eventTrigger';

/** id = task id + `completed` (contract: `taskId:completed`): a task fires once when it is done. */
export default eventTrigger({
  key: 'task_completed',
  noun: 'Task',
  label: 'Task Completed',
  description: 'Triggers when a task of the sub-account is marked completed (optionally: assigned to this user).',
  inputs: inputs(taskFilters),
  load: (input, context) => loadTasks(context, true, input.assignedTo),
  recordIdKey: 'taskId',
  keep: (task) => task.completed === true,
  mapItem: withTaskTimes,
  marker: () => ['completed'],
  newestFirstBy: 'dateUpdated',
  sample: { ...taskEventSample, completed: true, id: `${taskEventSample.id}:completed` },
  outputFields: taskEventOutputFields('Completion ID (task + "completed")'),
});
