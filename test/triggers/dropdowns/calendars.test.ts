import { highLevel, LOCATION_ID, run } from '../../helpers';

// Answer shape: GET /calendars/ → {calendars: [{id, name, groupId, calendarType, …}]} (official spec, get-calendars).
describe('dropdown_calendars', () => {
  it('lists the calendars of the sub-account (Version 2021-04-15)', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/')
      .query({ locationId: LOCATION_ID })
      .reply(200, {
        calendars: [
          { id: 'cal1', name: 'Discovery call', calendarType: 'round_robin', groupId: 'grp1', isActive: true },
          { id: 'cal2', name: 'Demo', calendarType: 'event', isActive: false },
        ],
      });
    expect(await run('triggers', 'dropdown_calendars')).toEqual([
      { id: 'cal1', name: 'Discovery call', calendarType: 'round_robin', groupId: 'grp1', isActive: true },
      { id: 'cal2', name: 'Demo', calendarType: 'event', isActive: false },
    ]);
    scope.done();
  });
});
