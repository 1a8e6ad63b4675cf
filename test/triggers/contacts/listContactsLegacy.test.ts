import { highLevel, LOCATION_ID, run } from '../../helpers';

type Item = Record<string, unknown>;

describe('list_contacts_legacy (List Contacts (Deprecated))', () => {
  it('asks the deprecated GET /contacts/ for up to 100 contacts of the sub-account, newest first', async () => {
    const scope = highLevel()
      .get('/contacts/')
      .query({ locationId: LOCATION_ID, limit: '100' })
      .reply(200, {
        contacts: [
          { id: 'c1', dateAdded: '2026-01-01T00:00:00.000Z' },
          { id: 'c2', dateAdded: '2026-02-01T00:00:00.000Z', customFields: [{ id: 'cf1', value: 'Gold' }] },
        ],
        count: 2,
      });

    const items = await run<Item[]>('triggers', 'list_contacts_legacy');

    expect(items.map((item) => item.id)).toEqual(['c2', 'c1']);
    expect(items[0]).toMatchObject({ customField: { cf1: 'Gold' } });
    scope.done();
  });

  it('sends the search text', async () => {
    const scope = highLevel()
      .get('/contacts/')
      .query({ locationId: LOCATION_ID, limit: '100', query: 'John' })
      .reply(200, { contacts: [], count: 0 });
    await expect(run('triggers', 'list_contacts_legacy', { query: 'John' })).resolves.toEqual([]);
    scope.done();
  });
});
