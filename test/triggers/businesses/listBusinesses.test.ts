import nock from 'nock';
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

  it('reads the next pages while they are full (no sort parameter), within the budget, so a new business beyond the first page fires', async () => {
    const business = (n: number) => ({ id: `b${n}`, name: `Co ${n}`, locationId: LOCATION_ID, createdAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString() });
    const page = (from: number, count: number) => Array.from({ length: count }, (_, index) => business(from + index));
    const scope = highLevel()
      .get('/businesses/')
      .query({ locationId: LOCATION_ID, limit: '100', skip: '0' })
      .reply(200, { businesses: page(0, 100), traceId: 't1' })
      .get('/businesses/')
      .query({ locationId: LOCATION_ID, limit: '100', skip: '100' })
      .reply(200, { businesses: [...page(100, 3), business(99)], traceId: 't2' });

    const items = await run<Array<Record<string, unknown>>>('triggers', 'list_businesses');

    expect(items).toHaveLength(103);
    expect(items.slice(0, 3).map((item) => item.id)).toEqual(['b102', 'b101', 'b100']);
    scope.done();
  });

  it('stops at the request budget on a list that never ends', async () => {
    const full = Array.from({ length: 100 }, (_, index) => ({ id: `x${index}`, createdAt: '2026-01-01T00:00:00.000Z' }));
    let pageNumber = 0;
    const scope = highLevel()
      .get('/businesses/')
      .query(true)
      .times(5)
      .reply(200, () => {
        pageNumber += 1;
        return { businesses: full.map((item) => ({ ...item, id: `${item.id}-page${pageNumber}` })) };
      });
    const items = await run<Array<Record<string, unknown>>>('triggers', 'list_businesses');
    expect(items).toHaveLength(500);
    scope.done();
    expect(nock.pendingMocks()).toEqual([]);
  });
});
