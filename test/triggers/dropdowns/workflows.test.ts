import { highLevel, LOCATION_ID, run } from '../../helpers';

// Answer shape: GET /workflows/ → {workflows: [{id, name, status, version, createdAt, updatedAt, locationId}]} (official spec, get-workflow).
describe('dropdown_workflows', () => {
  it('lists the workflows of the sub-account', async () => {
    const workflow = { id: 'wf1', name: 'New lead nurture', status: 'published', version: 3, createdAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-02-01T09:30:00.000Z', locationId: LOCATION_ID };
    const scope = highLevel().get('/workflows/').query({ locationId: LOCATION_ID }).reply(200, { workflows: [workflow] });
    expect(await run('triggers', 'dropdown_workflows')).toEqual([workflow]);
    scope.done();
  });
});
