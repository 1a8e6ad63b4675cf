import { highLevel, operationOf, ownInputFields, run } from '../../helpers';

type Field = { key: string; dynamic?: string; altersDynamicFields?: boolean; required?: boolean };
const fields = (key: string) => ownInputFields('triggers', key) as Field[];

describe('task and note inputs of the watch triggers', () => {
  it('choose the contact first, then one of its tasks or notes from the registered dropdowns', () => {
    expect(fields('get_contact_task')).toEqual([
      expect.objectContaining({ key: 'contactId', altersDynamicFields: true, required: true }),
      expect.objectContaining({ key: 'taskId', dynamic: 'dropdown_contact_tasks.id.name', required: true }),
    ]);
    expect(fields('get_contact_note')).toEqual([
      expect.objectContaining({ key: 'contactId', altersDynamicFields: true, required: true }),
      expect.objectContaining({ key: 'noteId', dynamic: 'dropdown_contact_notes.id.name', required: true }),
    ]);
    expect(() => operationOf('triggers', 'dropdown_contact_tasks')).not.toThrow();
    expect(() => operationOf('triggers', 'dropdown_contact_notes')).not.toThrow();
  });

  it('the task dropdown lists the tasks of the contact chosen in the form', async () => {
    const scope = highLevel().get('/contacts/c1/tasks').reply(200, { tasks: [{ id: 't1', title: 'Call back' }] });
    await expect(run('triggers', 'dropdown_contact_tasks', { contactId: 'c1' })).resolves.toEqual([expect.objectContaining({ id: 't1' })]);
    scope.done();
  });

  it('the note dropdown lists the notes of the contact chosen in the form', async () => {
    const scope = highLevel().get('/contacts/c1/notes').reply(200, { notes: [{ id: 'n1', body: 'Hello' }] });
    await expect(run('triggers', 'dropdown_contact_notes', { contactId: 'c1' })).resolves.toEqual([expect.objectContaining({ id: 'n1' })]);
    scope.done();
  });
});
