import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('find_contact (Find Contact)', () => {
  it('finds by id with GET /contacts/{contactId}', async () => {
    const scope = highLevel().get('/contacts/c%2F1').reply(200, { contact: { id: 'c/1', email: 'a@b.co' } });
    await expect(run('searches', 'find_contact', { contactId: 'c/1' })).rejects.toThrow(/Contact \(contactId\): expected an id/);
    expect(scope.isDone()).toBe(false);
    nockReset();
    const byId = highLevel().get('/contacts/c1').reply(200, { contact: { id: 'c1', email: 'a@b.co' } });
    await expect(run('searches', 'find_contact', { contactId: 'c1', email: 'ignored@b.co' })).resolves.toEqual([{ id: 'c1', email: 'a@b.co' }]);
    byId.done();
  });

  it('finds by email and phone with the duplicate search, exact match', async () => {
    const scope = highLevel()
      .get('/contacts/search/duplicate')
      .query({ locationId: LOCATION_ID, email: 'test+abc@gmail.com', number: '+14231645160' })
      .reply(200, { contact: { id: 'c9', email: 'test+abc@gmail.com' } });
    await expect(run('searches', 'find_contact', { email: 'test+abc@gmail.com', phone: '+1 423 164 5160' })).resolves.toEqual([
      { id: 'c9', email: 'test+abc@gmail.com' },
    ]);
    scope.done();
  });

  it('returns [] when nothing matches (null contact or 404)', async () => {
    const scope = highLevel()
      .get('/contacts/search/duplicate')
      .query({ locationId: LOCATION_ID, email: 'none@example.com' })
      .reply(200, { contact: null })
      .get('/contacts/gone')
      .reply(404, { statusCode: 404, message: 'Contact not found' });
    await expect(run('searches', 'find_contact', { email: 'none@example.com' })).resolves.toEqual([]);
    await expect(run('searches', 'find_contact', { contactId: 'gone' })).resolves.toEqual([]);
    scope.done();
  });

  it('asks for something to search by', async () => {
    await expect(run('searches', 'find_contact', {})).rejects.toThrow(/Give a Contact ID \(contactId\), an Email \(email\) or a Phone \(phone\)/);
  });
});

function nockReset() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('nock').cleanAll();
}
