import { highLevel, LOCATION_ID, run } from '../../helpers';

// Answer shape: GET /calendars/groups → {groups: [{id, name, slug, isActive, …}]} (official spec, get-groups).
describe('dropdown_calendar_groups', () => {
  it('lists the calendar groups of the sub-account (calendars speak Version 2021-04-15)', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/groups')
      .query({ locationId: LOCATION_ID })
      .reply(200, { groups: [{ id: 'grp1', name: 'Sales team', slug: 'sales', isActive: true, locationId: LOCATION_ID }], traceId: 't1' });
    expect(await run('triggers', 'dropdown_calendar_groups')).toEqual([{ id: 'grp1', name: 'Sales team', slug: 'sales', isActive: true, locationId: LOCATION_ID }]);
    scope.done();
  });
});
