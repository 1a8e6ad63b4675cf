import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('list_workflows (List Workflows)', () => {
  it('reads GET /workflows/ for the sub-account and returns the newest first', async () => {
    const scope = highLevel()
      .get('/workflows/')
      .query({ locationId: LOCATION_ID })
      .reply(200, {
        workflows: [
          { id: 'w1', name: 'Welcome', status: 'published', version: 2, createdAt: '2026-01-01T00:00:00.000Z', locationId: LOCATION_ID },
          { id: 'w2', name: 'Nurture', status: 'draft', version: 1, createdAt: '2026-02-01T00:00:00.000Z', locationId: LOCATION_ID },
        ],
      });

    const items = await run<Array<Record<string, unknown>>>('triggers', 'list_workflows');

    expect(items.map((item) => item.id)).toEqual(['w2', 'w1']);
    expect(items[0]).toMatchObject({ name: 'Nurture', status: 'draft' });
    scope.done();
  });
});
