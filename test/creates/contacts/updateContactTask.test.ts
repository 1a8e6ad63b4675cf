import { highLevel, operationOf, ownInputFields, run } from '../../helpers';

const task = { id: 't1', title: 'Call back', body: 'About the quote', dueDate: '2026-07-08T14:30:00.000Z', completed: false, assignedTo: 'u1' };

describe('update_contact_task (Update Contact Task)', () => {
  it('sends only the mapped fields', async () => {
    const scope = highLevel()
      .put('/contacts/c1/tasks/t1', { dueDate: '2026-07-09T09:00:00Z', completed: true })
      .reply(200, { task: { ...task, contactId: 'c1', completed: true } });
    const result = await run('creates', 'update_contact_task', { contactId: 'c1', taskId: 't1', title: '', dueDate: '2026-07-09T09:00:00Z', completed: 'yes' });
    expect(result).toEqual({ ...task, contactId: 'c1', completed: true });
    scope.done();
  });

  it("sends a due date mapped from HighLevel's own answer without its milliseconds (refused on update otherwise)", async () => {
    const scope = highLevel()
      .put('/contacts/c1/tasks/t1', { dueDate: '2026-07-20T15:00:00Z' })
      .reply(200, { task: { ...task, contactId: 'c1' } });
    await run('creates', 'update_contact_task', { contactId: 'c1', taskId: 't1', dueDate: '2026-07-20T15:00:00.000Z' });
    scope.done();
  });

  it('refuses an update with nothing to change, and a missing task', async () => {
    await expect(run('creates', 'update_contact_task', { contactId: 'c1', taskId: 't1' })).rejects.toThrow(/Map at least one field to change on the task/);
    await expect(run('creates', 'update_contact_task', { contactId: 'c1', title: 'x' })).rejects.toThrow(/Task \(taskId\) is required/);
  });
});

describe('task and note actions: contact first, then its task or note', () => {
  it('the contact input refreshes the form and the id inputs use the contact-activity dropdowns', () => {
    for (const [key, child, dynamic] of [
      ['update_contact_task', 'taskId', 'dropdown_contact_tasks.id.name'],
      ['complete_contact_task', 'taskId', 'dropdown_contact_tasks.id.name'],
      ['delete_contact_task', 'taskId', 'dropdown_contact_tasks.id.name'],
      ['update_contact_note', 'noteId', 'dropdown_contact_notes.id.name'],
      ['delete_contact_note', 'noteId', 'dropdown_contact_notes.id.name'],
    ] as const) {
      const fields = ownInputFields('creates', key) as Array<Record<string, unknown>>;
      expect(fields[0]).toMatchObject({ key: 'contactId', required: true, altersDynamicFields: true });
      expect(fields[1]).toMatchObject({ key: child, required: true, dynamic });
      expect(() => operationOf('triggers', dynamic.split('.')[0] as string)).not.toThrow();
    }
  });
});
