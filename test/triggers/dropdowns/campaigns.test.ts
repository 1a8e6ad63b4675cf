import { highLevel, LOCATION_ID, run } from '../../helpers';

// Answer shape: GET /campaigns/ → {campaigns: [{id, name, status, locationId}]} (official spec, get-campaigns).
describe('dropdown_campaigns', () => {
  it('lists the campaigns of the sub-account', async () => {
    const scope = highLevel()
      .get('/campaigns/')
      .query({ locationId: LOCATION_ID })
      .reply(200, { campaigns: [{ id: 'cmp1', name: 'Spring drip', status: 'published', locationId: LOCATION_ID }] });
    expect(await run('triggers', 'dropdown_campaigns')).toEqual([{ id: 'cmp1', name: 'Spring drip', status: 'published', locationId: LOCATION_ID }]);
    scope.done();
  });

  it('an answer without the list gives no choices', async () => {
    const scope = highLevel().get('/campaigns/').query({ locationId: LOCATION_ID }).reply(200, { traceId: 't2' });
    expect(await run('triggers', 'dropdown_campaigns')).toEqual([]);
    scope.done();
  });
});
