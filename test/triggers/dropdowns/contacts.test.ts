import { highLevel, LOCATION_ID, run } from '../../helpers';

/**
 * Answer shape: POST /contacts/search → {contacts: [...], total} (official spec, search-contacts-advanced). A contact
 * may have no name (only an email or a phone), so the choice label falls back to what it has.
 */
describe('dropdown_contacts', () => {
  it('searches the newest contacts first, Zapier page n as HighLevel page n + 1, with a readable name for each', async () => {
    const scope = highLevel()
      .post('/contacts/search', { locationId: LOCATION_ID, page: 3, pageLimit: 100, sort: [{ field: 'dateAdded', direction: 'desc' }] })
      .reply(200, {
        contacts: [
          { id: 'c1', firstName: 'Rosan', lastName: 'Deo', email: 'rosan@deos.com' },
          { id: 'c2', firstName: 'Ada', email: 'ada@example.com' },
          { id: 'c3', contactName: 'Grace Hopper' },
          { id: 'c4', email: 'only@example.com' },
          { id: 'c5', phone: '+15550100' },
          { id: 'c6' },
        ],
        total: 206,
      });
    const choices = await run<Array<{ id: string; name: string }>>('triggers', 'dropdown_contacts', {}, { meta: { page: 2 } });
    expect(choices.map(({ id, name }) => [id, name])).toEqual([
      ['c1', 'Rosan Deo'],
      ['c2', 'Ada'],
      ['c3', 'Grace Hopper'],
      ['c4', 'only@example.com'],
      ['c5', '+15550100'],
      ['c6', 'c6'],
    ]);
    expect(choices[0]).toEqual({ id: 'c1', firstName: 'Rosan', lastName: 'Deo', email: 'rosan@deos.com', name: 'Rosan Deo' });
    scope.done();
  });
});
