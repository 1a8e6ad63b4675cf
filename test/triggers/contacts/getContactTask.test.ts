import { highLevel, run } from '../../helpers';

type Item = Record<string, unknown>;

describe('get_contact_task (Get Contact Task by ID)', () => {
  it('reads GET /contacts/{contactId}/tasks/{taskId} and fires again when the task changes', async () => {
    const task = { id: 't1', title: 'Call back', dueDate: '2026-07-08T14:30:00.000Z', completed: false, contactId: 'c1' };
    const scope = highLevel()
      .get('/contacts/c1/tasks/t1')
      .reply(200, { task })
      .get('/contacts/c1/tasks/t1')
      .reply(200, { task })
      .get('/contacts/c1/tasks/t1')
      .reply(200, { task: { ...task, completed: true } });

    const [first] = await run<Item[]>('triggers', 'get_contact_task', { contactId: 'c1', taskId: 't1' });
    const [same] = await run<Item[]>('triggers', 'get_contact_task', { contactId: 'c1', taskId: 't1' });
    const [done] = await run<Item[]>('triggers', 'get_contact_task', { contactId: 'c1', taskId: 't1' });

    expect(first).toMatchObject({ ...task, id: expect.any(String), taskId: 't1' });
    expect(String(first?.id)).toMatch(/^t1:[0-9a-f]{12}$/);
    expect(same?.id).toBe(first?.id);
    expect(done?.id).not.toBe(first?.id);
    expect(done).toMatchObject({ taskId: 't1', completed: true });
    scope.done();
  });

  it('gives nothing while the task is not found, and needs both ids', async () => {
    const scope = highLevel().get('/contacts/c1/tasks/t9').reply(404, { statusCode: 404, message: 'Task not found' });
    await expect(run('triggers', 'get_contact_task', { contactId: 'c1', taskId: 't9' })).resolves.toEqual([]);
    scope.done();
    await expect(run('triggers', 'get_contact_task', { contactId: 'c1' })).rejects.toThrow(/Task \(taskId\) is required/);
  });
});
