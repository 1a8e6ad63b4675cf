import { highLevel, run } from '../../helpers';

type Item = Record<string, unknown>;

describe('list_contact_tasks (Get Contact Tasks)', () => {
  it('reads the `tasks` of GET /contacts/{contactId}/tasks, latest due date first', async () => {
    const scope = highLevel()
      .get('/contacts/c1/tasks')
      .reply(200, {
        tasks: [
          { id: 't1', title: 'Earlier', dueDate: '2026-01-01T00:00:00.000Z', completed: false, contactId: 'c1' },
          { id: 't2', title: 'Later', dueDate: '2026-05-01T00:00:00.000Z', completed: true, contactId: 'c1' },
        ],
      });

    const items = await run<Item[]>('triggers', 'list_contact_tasks', { contactId: 'c1' });

    expect(items.map((item) => item.id)).toEqual(['t2', 't1']);
    expect(items[0]).toEqual({ id: 't2', title: 'Later', dueDate: '2026-05-01T00:00:00.000Z', completed: true, contactId: 'c1' });
    scope.done();
  });

  it('refuses a contact id with a slash, before any request', async () => {
    await expect(run('triggers', 'list_contact_tasks', { contactId: 'c1/../x' })).rejects.toThrow(/Contact \(contactId\): expected an id/);
  });
});
