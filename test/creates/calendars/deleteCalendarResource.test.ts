import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('delete_calendar_resource (Delete Calendar Resource)', () => {
  it('deletes the resource and returns its id', async () => {
    const scope = highLevel('2021-04-15').delete('/calendars/resources/rooms/r1').reply(200, { success: true });
    expect(await run('creates', 'delete_calendar_resource', { resourceType: 'rooms', id: 'r1' })).toEqual({ id: 'r1', deleted: true });
    scope.done();
  });

  it('says a missing resource may already be deleted', async () => {
    const scope = highLevel('2021-04-15').delete('/calendars/resources/equipments/r9').reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'delete_calendar_resource', { resourceType: 'equipments', id: 'r9' })).rejects.toThrow(/equipment r9 was not found.*already be deleted/);
    scope.done();
  });
});
