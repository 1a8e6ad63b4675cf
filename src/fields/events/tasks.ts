import type { PlainOutputField } from 'zapier-platform-core';
import type { Context, Json } from '../../factories/common';
import { apiPath } from '../../http/path';
import { taskOutputFields, taskSample } from '../contactActivity';
import { userId } from '../dropdowns';
import { isoOf, PAGE_SIZE, readPages } from './common';

/**
 * The sub-account's tasks (POST /locations/{locationId}/tasks/search, TaskSearchParamsDto: `completed`, `assignedTo[]`,
 * `limit`, `skip`; no sort, no date filter). Each poll reads open (or completed) tasks, TASK_PAGE_BUDGET pages at most.
 * Items are read tolerantly: `id` or `_id` (public clients of this route show Mongo-style records).
 */

export const TASK_PAGE_BUDGET = 5;
export const TASK_LIMIT = `HighLevel cannot sort tasks: each check reads up to ${TASK_PAGE_BUDGET * PAGE_SIZE} tasks of the sub-account and may miss one beyond them.`;

export const taskFilters = { assignedTo: userId({ label: 'Assigned User', helpText: `Only tasks assigned to this user. ${TASK_LIMIT}` }) };

export const loadTasks = (context: Context, completed: boolean, assignedTo: string | undefined): Promise<Json[]> =>
  readPages(
    context,
    'tasks',
    (page) => ({
      method: 'POST',
      path: apiPath`/locations/${context.connection.locationId}/tasks/search`,
      body: { completed, ...(assignedTo ? { assignedTo: [assignedTo] } : {}), limit: PAGE_SIZE, skip: page * PAGE_SIZE },
    }),
    { maxPages: TASK_PAGE_BUDGET },
  );

/** Dates as ISO 8601; the task's own id under `id` whether HighLevel sent `id` or `_id`. */
export const withTaskTimes = (task: Json): Json => ({
  ...task,
  ...Object.fromEntries(['dueDate', 'dateAdded', 'dateUpdated', 'completedAt'].filter((key) => isoOf(task[key])).map((key) => [key, isoOf(task[key])])),
});

export const taskEventSample = {
  ...taskSample,
  taskId: taskSample.id,
  dateAdded: '2026-07-01T10:00:00.000Z',
  dateUpdated: '2026-07-01T10:00:00.000Z',
};

export const taskEventOutputFields = (idLabel: string): PlainOutputField[] => [
  { key: 'id', label: idLabel },
  { key: 'taskId', label: 'Task ID' },
  ...taskOutputFields.filter((field) => field.key !== 'id'),
  { key: 'dateAdded', label: 'Created At', type: 'datetime' },
  { key: 'dateUpdated', label: 'Updated At', type: 'datetime' },
];
