import contactActivity from '../../../src/triggers/dropdowns/contactActivity';
import contactNotes, { noteChoiceName } from '../../../src/triggers/dropdowns/contactNotes';
import contactTasks, { taskChoiceName } from '../../../src/triggers/dropdowns/contactTasks';
import { appTester, authData, highLevel } from '../../helpers';

const perform = (trigger: typeof contactTasks, inputData: Record<string, unknown>) =>
  appTester((trigger.operation as { perform: unknown }).perform as never, { authData, inputData, meta: { isFillingDynamicDropdown: true, page: 0 } } as never);

describe('dropdown_contact_tasks / dropdown_contact_notes', () => {
  it('are hidden and exported together', () => {
    expect(contactActivity.map((trigger) => trigger.key)).toEqual(['dropdown_contact_tasks', 'dropdown_contact_notes']);
    expect(contactActivity.every((trigger) => trigger.display.hidden === true)).toBe(true);
  });

  it('lists the chosen contact’s tasks, latest due first, with readable names', async () => {
    const scope = highLevel()
      .get('/contacts/c1/tasks')
      .reply(200, {
        tasks: [
          { id: 't1', title: 'Old', dueDate: '2026-01-01T00:00:00.000Z', completed: true },
          { id: 't2', title: 'New', dueDate: '2026-07-08T02:30:00.000Z', completed: false },
        ],
      });
    const items = (await perform(contactTasks, { contactId: 'c1' })) as Array<{ id: string; name: string }>;
    expect(items.map(({ id, name }) => ({ id, name }))).toEqual([
      { id: 't2', name: 'New · due 2026-07-08' },
      { id: 't1', name: 'Old · due 2026-01-01 · done' },
    ]);
    scope.done();
  });

  it('lists the chosen contact’s notes, newest first', async () => {
    const scope = highLevel()
      .get('/contacts/c1/notes')
      .reply(200, {
        notes: [
          { id: 'n1', body: 'First call', dateAdded: '2026-01-01T00:00:00.000Z' },
          { id: 'n2', title: 'Follow-up', body: 'x', dateAdded: '2026-07-08T12:00:00.000Z' },
        ],
      });
    const items = (await perform(contactNotes, { contactId: 'c1' })) as Array<{ id: string; name: string }>;
    expect(items.map(({ id, name }) => ({ id, name }))).toEqual([
      { id: 'n2', name: 'Follow-up · 2026-07-08' },
      { id: 'n1', name: 'First call · 2026-01-01' },
    ]);
    scope.done();
  });

  it('asks for a contact first', async () => {
    await expect(perform(contactTasks, {})).rejects.toThrow(/Choose a contact first/);
    await expect(perform(contactNotes, {})).rejects.toThrow(/Choose a contact first/);
  });

  it('names items without titles', () => {
    expect(taskChoiceName({ id: 't9' })).toBe('t9');
    expect(noteChoiceName({ id: 'n9', body: 'a'.repeat(70) })).toBe(`${'a'.repeat(60)}…`);
  });
});
