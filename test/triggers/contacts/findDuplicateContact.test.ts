import nock from 'nock';
import { highLevel, LOCATION_ID, run } from '../../helpers';

type Item = Record<string, unknown>;

describe('find_duplicate_contact (Get Duplicate Contact)', () => {
  it('asks GET /contacts/search/duplicate with the location, email and phone', async () => {
    const scope = highLevel()
      .get('/contacts/search/duplicate')
      .query({ locationId: LOCATION_ID, email: 'test+abc@gmail.com', number: '+14231645160' })
      .reply(200, { contact: { id: 'c9', email: 'test+abc@gmail.com', dateUpdated: '2026-03-01T00:00:00.000Z', customFields: [] } });

    const items = await run<Item[]>('triggers', 'find_duplicate_contact', { email: 'test+abc@gmail.com', number: '+1 (423) 164-5160' });

    expect(items).toEqual([
      { id: 'c9:2026-03-01T00:00:00.000Z', contactId: 'c9', email: 'test+abc@gmail.com', dateUpdated: '2026-03-01T00:00:00.000Z', customFields: [], customField: {} },
    ]);
    scope.done();
  });

  it('works with the phone alone, and gives nothing while no contact matches', async () => {
    const scope = highLevel()
      .get('/contacts/search/duplicate')
      .query({ locationId: LOCATION_ID, number: '+14231645160' })
      .reply(200, { contact: null })
      .get('/contacts/search/duplicate')
      .query({ locationId: LOCATION_ID, email: 'none@example.com' })
      .reply(200, {});

    await expect(run('triggers', 'find_duplicate_contact', { number: '+14231645160' })).resolves.toEqual([]);
    await expect(run('triggers', 'find_duplicate_contact', { email: 'none@example.com' })).resolves.toEqual([]);
    scope.done();
  });

  it('refuses a search with neither email nor phone, or a bad email, before any request', async () => {
    const scope = highLevel().get(/.*/).reply(200, {});
    await expect(run('triggers', 'find_duplicate_contact', {})).rejects.toThrow(/Give an Email \(email\) or a Phone \(number\)/);
    await expect(run('triggers', 'find_duplicate_contact', { email: 'not-an-email' })).rejects.toThrow(/Email \(email\): expected an email address/);
    await expect(run('triggers', 'find_duplicate_contact', { number: '12' })).rejects.toThrow(/Phone \(number\): expected a phone number/);
    expect(scope.isDone()).toBe(false);
    nock.cleanAll();
  });
});
