import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('search_contacts (Search Contacts)', () => {
  it('asks POST /contacts/search for the newest contacts of the sub-account in one request', async () => {
    const scope = highLevel()
      .post('/contacts/search', {
        locationId: LOCATION_ID,
        page: 1,
        pageLimit: 100,
        sort: [{ field: 'dateAdded', direction: 'desc' }],
      })
      .reply(200, {
        contacts: [
          { id: 'c1', firstName: 'Old', dateAdded: '2026-01-01T00:00:00.000Z', customFields: [] },
          { id: 'c2', firstName: 'New', dateAdded: '2026-02-01T00:00:00.000Z', customFields: [{ id: 'cf1', value: 'Gold' }] },
        ],
        total: 2,
      });

    const items = await run<Array<Record<string, unknown>>>('triggers', 'search_contacts');

    expect(items.map((item) => item.id)).toEqual(['c2', 'c1']);
    expect(items[0]).toMatchObject({ firstName: 'New', customField: { cf1: 'Gold' } });
    scope.done();
  });

  it('sends the search text, tag and assigned user as HighLevel filters', async () => {
    const scope = highLevel()
      .post('/contacts/search', {
        locationId: LOCATION_ID,
        page: 1,
        pageLimit: 100,
        sort: [{ field: 'dateAdded', direction: 'desc' }],
        filters: [
          { field: 'tags', operator: 'eq', value: 'vip' },
          { field: 'assignedTo', operator: 'eq', value: 'u1' },
        ],
        query: 'ada',
      })
      .reply(200, { contacts: [] });

    await expect(run('triggers', 'search_contacts', { query: ' ada ', tag: 'vip', assignedTo: 'u1' })).resolves.toEqual([]);
    scope.done();
  });

  it('refuses a search text longer than HighLevel accepts, before any request', async () => {
    await expect(run('triggers', 'search_contacts', { query: 'x'.repeat(76) })).rejects.toThrow(/Search Text \(query\): expected at most 75 characters/);
  });
});
