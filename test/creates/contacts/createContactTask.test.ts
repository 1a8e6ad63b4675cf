import { highLevel, run } from '../../helpers';

const task = { id: 't1', title: 'Call back', body: 'About the quote', dueDate: '2026-07-08T14:30:00.000Z', completed: false, assignedTo: 'u1' };

describe('create_contact_task (Create Contact Task)', () => {
  it('posts the task with the due date in ISO (UTC) and completed false by default', async () => {
    const scope = highLevel()
      .post('/contacts/c1/tasks', { title: 'Call back', body: 'About the quote', dueDate: '2026-07-08T14:30:00Z', assignedTo: 'u1', completed: false })
      .reply(201, { task });

    const result = await run('creates', 'create_contact_task', {
      contactId: 'c1',
      title: 'Call back',
      body: 'About the quote',
      dueDate: '2026-07-08T10:30:00-04:00',
      assignedTo: 'u1',
    });

    expect(result).toEqual({ ...task, contactId: 'c1' });
    scope.done();
  });

  it('refuses a bad due date and a missing title before any request', async () => {
    const scope = highLevel().post('/contacts/c1/tasks').reply(201, { task });
    await expect(run('creates', 'create_contact_task', { contactId: 'c1', title: 'Call', dueDate: 'next week-ish' })).rejects.toThrow(
      /Due Date \(dueDate\): expected a date and time/,
    );
    await expect(run('creates', 'create_contact_task', { contactId: 'c1', dueDate: '2026-07-08T10:30:00Z' })).rejects.toThrow(/Title \(title\) is required/);
    expect(scope.isDone()).toBe(false);
  });
});
