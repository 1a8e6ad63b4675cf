import { highLevel, run } from '../../helpers';

const task = { id: 't1', title: 'Call back', body: 'About the quote', dueDate: '2026-07-08T14:30:00.000Z', completed: false, assignedTo: 'u1' };

describe('complete_contact_task (Complete Contact Task)', () => {
  it('sends {completed: true} by default', async () => {
    const scope = highLevel().put('/contacts/c1/tasks/t1/completed', { completed: true }).reply(200, { task: { ...task, completed: true } });
    await expect(run('creates', 'complete_contact_task', { contactId: 'c1', taskId: 't1' })).resolves.toEqual({ ...task, completed: true, contactId: 'c1' });
    scope.done();
  });

  it('can reopen a task with completed: false', async () => {
    const scope = highLevel().put('/contacts/c1/tasks/t1/completed', { completed: false }).reply(200, { task });
    await expect(run('creates', 'complete_contact_task', { contactId: 'c1', taskId: 't1', completed: 'no' })).resolves.toMatchObject({ completed: false });
    scope.done();
  });

  it('says the task was not found on a 404', async () => {
    const scope = highLevel().put('/contacts/c1/tasks/gone/completed', { completed: true }).reply(404, { statusCode: 404, message: 'Task not found' });
    await expect(run('creates', 'complete_contact_task', { contactId: 'c1', taskId: 'gone' })).rejects.toThrow(/task gone was not found/);
    scope.done();
  });
});
