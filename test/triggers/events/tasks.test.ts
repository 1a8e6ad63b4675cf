import nock from 'nock';
import type { DataMatcherMap } from 'nock';
import { highLevel, LOCATION_ID, run } from '../../helpers';
import { type Item, ZapierDedupe } from './support';

const search = (body: Record<string, unknown>, tasks: unknown[]) =>
  highLevel().post(`/locations/${LOCATION_ID}/tasks/search`, body as DataMatcherMap).reply(200, { tasks, traceId: 't' });

const task = (id: string, fields: Record<string, unknown> = {}) => ({
  _id: id,
  title: `Task ${id}`,
  contactId: 'c1',
  assignedTo: 'u1',
  completed: false,
  dueDate: '2026-12-05T15:00:00.000Z',
  dateAdded: '2026-11-01T10:00:00.000Z',
  dateUpdated: '2026-11-01T10:00:00.000Z',
  ...fields,
});

describe('new_task (New Task)', () => {
  it('searches open tasks (POST /locations/{id}/tasks/search, 100 a page) with the assignee filter; newest first', async () => {
    const scope = search({ completed: false, assignedTo: ['u1'], limit: 100, skip: 0 }, [task('t1'), task('t2', { dateAdded: '2026-11-30T10:00:00.000Z' })]);
    const items = await run<Item[]>('triggers', 'new_task', { assignedTo: 'u1' });
    expect(items.map((item) => [item.id, item.taskId])).toEqual([['t2', 't2'], ['t1', 't1']]);
    scope.done();
  });

  it('reads full pages up to 5 per poll', async () => {
    const full = (page: number) => Array.from({ length: 100 }, (_, index) => task(`p${page}-${index}`));
    [0, 1, 2, 3, 4].forEach((page) => search({ completed: false, limit: 100, skip: page * 100 }, full(page)));
    await expect(run<Item[]>('triggers', 'new_task')).resolves.toHaveLength(500);
    expect(nock.isDone()).toBe(true);
  });

  it('fires once per task', async () => {
    const zap = new ZapierDedupe('new_task');
    search({ completed: false, limit: 100, skip: 0 }, [task('t1')]);
    expect(await zap.poll()).toEqual([]);
    search({ completed: false, limit: 100, skip: 0 }, [task('t1'), task('t2')]);
    expect((await zap.poll()).map((item) => item.id)).toEqual(['t2']);
    search({ completed: false, limit: 100, skip: 0 }, [task('t1'), task('t2')]);
    expect(await zap.poll()).toEqual([]);
    expect(nock.isDone()).toBe(true);
  });
});

describe('task_completed (Task Completed)', () => {
  it('searches completed tasks; id = task + completed; fires once when an old task is done', async () => {
    const zap = new ZapierDedupe('task_completed');
    search({ completed: true, limit: 100, skip: 0 }, [task('done', { completed: true })]);
    expect(await zap.poll()).toEqual([]);
    const old = task('old', { completed: true, dateAdded: '2025-01-01T00:00:00.000Z', dateUpdated: '2026-12-01T11:00:00.000Z' });
    search({ completed: true, limit: 100, skip: 0 }, [task('done', { completed: true }), old]);
    expect(await zap.poll()).toEqual([expect.objectContaining({ id: 'old:completed', taskId: 'old', completed: true })]);
    search({ completed: true, limit: 100, skip: 0 }, [task('done', { completed: true }), old]);
    expect(await zap.poll()).toEqual([]);
    expect(nock.isDone()).toBe(true);
  });
});
