import { highLevel, run } from '../../helpers';

const note = { id: 'n1', body: 'Wants a demo', title: 'Follow-up', userId: 'u1', dateAdded: '2026-07-08T12:02:11.285Z', contactId: 'c1' };

describe('update_contact_note (Update Contact Note)', () => {
  it('puts only the mapped fields on /notes/{id}', async () => {
    const scope = highLevel().put('/contacts/c1/notes/n1', { body: 'Demo booked' }).reply(200, { note: { ...note, body: 'Demo booked', contactId: undefined } });
    await expect(run('creates', 'update_contact_note', { contactId: 'c1', noteId: 'n1', body: 'Demo booked', title: '' })).resolves.toEqual({
      ...note,
      body: 'Demo booked',
    });
    scope.done();
  });

  it('refuses an update with nothing to change', async () => {
    await expect(run('creates', 'update_contact_note', { contactId: 'c1', noteId: 'n1' })).rejects.toThrow(/Map at least one field to change on the note/);
  });
});
