import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('list_businesses (List Businesses by Location)', () => {
  it('reads one page of GET /businesses/ with string limit/skip and returns the newest first', async () => {
    const scope = highLevel()
      .get('/businesses/')
      .query({ locationId: LOCATION_ID, limit: '100', skip: '0' })
      .reply(200, {
        businesses: [
          { id: 'b1', name: 'Old Co', locationId: LOCATION_ID, createdAt: '2026-01-01T00:00:00.000Z' },
          { id: 'b2', name: 'New Co', locationId: LOCATION_ID, createdAt: '2026-03-01T00:00:00.000Z' },
        ],
      });

    const items = await run<Array<Record<string, unknown>>>('triggers', 'list_businesses');

    expect(items.map((item) => item.id)).toEqual(['b2', 'b1']);
    expect(items[0]).toMatchObject({ name: 'New Co' });
    scope.done();
  });
});
