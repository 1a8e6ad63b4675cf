import { highLevel, LOCATION_ID, run } from '../../helpers';

const room = { name: 'Yoga room', description: 'First floor', quantity: '1', outOfService: '0', capacity: '20', calendarIds: 'cal1, cal2' };

describe('create_calendar_resource (Create Calendar Resource)', () => {
  it('posts a room with every required field', async () => {
    const scope = highLevel('2021-04-15')
      .post('/calendars/resources/rooms', {
        locationId: LOCATION_ID,
        name: 'Yoga room',
        description: 'First floor',
        quantity: 1,
        outOfService: 0,
        capacity: 20,
        calendarIds: ['cal1', 'cal2'],
      })
      .reply(201, { _id: 'r1', locationId: LOCATION_ID, name: 'Yoga room', resourceType: 'rooms', isActive: true, calendarIds: ['cal1', 'cal2'] });
    expect(await run('creates', 'create_calendar_resource', { resourceType: 'rooms', ...room })).toEqual({
      id: 'r1',
      _id: 'r1',
      locationId: LOCATION_ID,
      name: 'Yoga room',
      resourceType: 'rooms',
      isActive: true,
      calendarIds: ['cal1', 'cal2'],
    });
    scope.done();
  });

  it('refuses an unknown resource type and a missing capacity', async () => {
    await expect(run('creates', 'create_calendar_resource', { ...room, resourceType: 'desks' })).rejects.toThrow(/Resource Type \(resourceType\): expected one of: rooms, equipments/);
    await expect(run('creates', 'create_calendar_resource', { ...room, resourceType: 'equipments', capacity: '' })).rejects.toThrow(/Capacity \(capacity\) is required/);
  });
});
