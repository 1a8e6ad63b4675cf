import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('list_calendar_resources (List Calendar Resources)', () => {
  it('sends the required limit and skip, and gives each resource a stable id', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/resources/rooms')
      .query({ locationId: LOCATION_ID, limit: '100', skip: '0' })
      .reply(200, [
        { _id: 'r1', name: 'Yoga Room', resourceType: 'rooms', locationId: LOCATION_ID },
        { name: 'Board Room', resourceType: 'rooms', locationId: LOCATION_ID, capacity: 12 },
      ])
      .get('/calendars/resources/rooms')
      .query({ locationId: LOCATION_ID, limit: '100', skip: '0' })
      .reply(200, [{ name: 'Board Room', resourceType: 'rooms', locationId: LOCATION_ID, capacity: 14 }]);

    const items = await run<Array<Record<string, unknown>>>('triggers', 'list_calendar_resources', { resourceType: 'rooms' });
    const again = await run<Array<Record<string, unknown>>>('triggers', 'list_calendar_resources', { resourceType: 'rooms' });

    expect(items[0]).toEqual({ id: 'r1', _id: 'r1', name: 'Yoga Room', resourceType: 'rooms', locationId: LOCATION_ID });
    expect(String(items[1]?.id)).toMatch(/^[0-9a-f]{12}$/);
    expect(again[0]?.id).toBe(items[1]?.id);
    scope.done();
  });

  it('refuses a resource type HighLevel does not know, before any request', async () => {
    await expect(run('triggers', 'list_calendar_resources', { resourceType: 'desks' })).rejects.toThrow(/Resource Type \(resourceType\): expected one of: rooms, equipments/);
  });
});
