import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('list_campaigns (List Campaigns)', () => {
  it('reads GET /campaigns/ for the sub-account', async () => {
    const scope = highLevel()
      .get('/campaigns/')
      .query({ locationId: LOCATION_ID })
      .reply(200, { campaigns: [{ id: 'cmp1', name: 'Spring', status: 'published', locationId: LOCATION_ID }] });

    await expect(run('triggers', 'list_campaigns')).resolves.toEqual([{ id: 'cmp1', name: 'Spring', status: 'published', locationId: LOCATION_ID }]);
    scope.done();
  });

  it('passes the status filter', async () => {
    const scope = highLevel().get('/campaigns/').query({ locationId: LOCATION_ID, status: 'draft' }).reply(200, { campaigns: [] });
    await expect(run('triggers', 'list_campaigns', { status: 'draft' })).resolves.toEqual([]);
    scope.done();
  });

  it('refuses an unknown status before any request', async () => {
    const scope = highLevel().get('/campaigns/').query(true).reply(200, { campaigns: [] });
    await expect(run('triggers', 'list_campaigns', { status: 'archived' })).rejects.toThrow(/Status \(status\): expected one of: draft, published/);
    expect(scope.isDone()).toBe(false);
  });
});
