import { highLevel, run } from '../../helpers';

describe('delete_contact_note (Delete Contact Note)', () => {
  it('deletes the note and returns its id', async () => {
    const scope = highLevel().delete('/contacts/c1/notes/n1').reply(200, { succeded: true });
    await expect(run('creates', 'delete_contact_note', { contactId: 'c1', noteId: 'n1' })).resolves.toEqual({ id: 'n1', deleted: true });
    scope.done();
  });

  it('says the note was not found and may already be deleted on a 404', async () => {
    const scope = highLevel().delete('/contacts/c1/notes/gone').reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'delete_contact_note', { contactId: 'c1', noteId: 'gone' })).rejects.toThrow(/note gone was not found in HighLevel\. It may already be deleted/);
    scope.done();
  });
});
