import { instantTrigger } from './factory';
import { recordOf, required } from './payloads';

/** TaskComplete: the task's keys at the root (docs/webhook events/TaskComplete.md). */
export const taskCompletedInstant = instantTrigger({
  key: 'task_completed_instant',
  label: 'Task Completed (Instant)',
  description: 'Triggers as soon as a contact\'s task is marked completed (through the webhook relay).',
  event: 'TaskComplete',
  twin: 'task_completed',
  fromWebhook: (payload) => {
    const taskId = required(payload, 'id', 'TaskComplete');
    return [{ ...recordOf(payload), taskId, id: `${taskId}:completed` }];
  },
});
