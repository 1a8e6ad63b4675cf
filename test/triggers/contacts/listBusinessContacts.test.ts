import { highLevel, LOCATION_ID, run } from '../../helpers';

type Item = Record<string, unknown>;

describe('list_business_contacts (Get Contacts by Business)', () => {
  it('asks GET /contacts/business/{businessId} with locationId and string limit/skip, newest first', async () => {
    const scope = highLevel()
      .get('/contacts/business/b1')
      .query({ locationId: LOCATION_ID, limit: '100', skip: '0' })
      .reply(200, {
        contacts: [
          { id: 'c1', dateAdded: '2026-01-01T00:00:00.000Z', customFields: [] },
          { id: 'c2', dateAdded: '2026-02-01T00:00:00.000Z', customFields: [{ id: 'cf1', value: 'Gold' }] },
        ],
        count: 2,
      });

    const items = await run<Item[]>('triggers', 'list_business_contacts', { businessId: 'b1' });

    expect(items.map((item) => item.id)).toEqual(['c2', 'c1']);
    expect(items[0]).toMatchObject({ customField: { cf1: 'Gold' } });
    scope.done();
  });

  it('sends the search text, and needs a business', async () => {
    const scope = highLevel()
      .get('/contacts/business/b1')
      .query({ locationId: LOCATION_ID, limit: '100', skip: '0', query: 'ada' })
      .reply(200, { contacts: [], count: 0 });
    await expect(run('triggers', 'list_business_contacts', { businessId: 'b1', query: 'ada' })).resolves.toEqual([]);
    scope.done();
    await expect(run('triggers', 'list_business_contacts', {})).rejects.toThrow(/Business \(businessId\) is required/);
  });
});
