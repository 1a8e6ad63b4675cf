import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('update_calendar_resource (Update Calendar Resource)', () => {
  it('puts only the mapped fields at the type and id path', async () => {
    const scope = highLevel('2021-04-15')
      .put('/calendars/resources/equipments/r1', { outOfService: 2, isActive: true })
      .reply(200, { name: 'Projector', resourceType: 'equipments', outOfService: 2, isActive: true, locationId: LOCATION_ID });
    expect(await run('creates', 'update_calendar_resource', { resourceType: 'equipments', id: 'r1', outOfService: '2', isActive: 'yes', name: '' })).toEqual({
      id: 'r1',
      name: 'Projector',
      resourceType: 'equipments',
      outOfService: 2,
      isActive: true,
      locationId: LOCATION_ID,
    });
    scope.done();
  });

  it('refuses an empty update', async () => {
    await expect(run('creates', 'update_calendar_resource', { resourceType: 'rooms', id: 'r1' })).rejects.toThrow(/Map at least one field/);
  });
});
