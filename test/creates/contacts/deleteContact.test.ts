import { highLevel, run } from '../../helpers';

describe('delete_contact (Delete Contact)', () => {
  it('deletes the contact and returns its id', async () => {
    const scope = highLevel().delete('/contacts/c1').reply(200, { succeded: true });
    await expect(run('creates', 'delete_contact', { contactId: 'c1' })).resolves.toEqual({ id: 'c1', deleted: true });
    scope.done();
  });

  it('says the contact was not found and may already be deleted on a 404', async () => {
    const scope = highLevel().delete('/contacts/gone').reply(404, { statusCode: 404, message: 'Contact not found' });
    await expect(run('creates', 'delete_contact', { contactId: 'gone' })).rejects.toThrow(/contact gone was not found in HighLevel\. It may already be deleted/);
    scope.done();
  });

  it('requires the contact', async () => {
    await expect(run('creates', 'delete_contact', {})).rejects.toThrow(/Contact \(contactId\) is required/);
  });
});
