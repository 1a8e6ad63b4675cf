import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('delete_calendar_group (Delete Calendar Group)', () => {
  it('deletes the group and returns its id', async () => {
    const scope = highLevel('2021-04-15').delete('/calendars/groups/g1').reply(200, { success: true });
    expect(await run('creates', 'delete_calendar_group', { groupId: 'g1' })).toEqual({ id: 'g1', deleted: true });
    scope.done();
  });

  it('says a missing group may already be deleted', async () => {
    const scope = highLevel('2021-04-15').delete('/calendars/groups/g9').reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'delete_calendar_group', { groupId: 'g9' })).rejects.toThrow(/calendar group g9 was not found.*already be deleted/);
    scope.done();
  });
});
