import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('update_calendar_group_status (Update Group Status)', () => {
  it('disables a group with {isActive: false}', async () => {
    const scope = highLevel('2021-04-15').put('/calendars/groups/g1/status', { isActive: false }).reply(200, { success: true });
    expect(await run('creates', 'update_calendar_group_status', { groupId: 'g1', isActive: 'false' })).toEqual({ id: 'g1', isActive: false, success: true });
    scope.done();
  });

  it('enables a group with {isActive: true}', async () => {
    const scope = highLevel('2021-04-15').put('/calendars/groups/g1/status', { isActive: true }).reply(200, { success: true });
    expect(await run('creates', 'update_calendar_group_status', { groupId: 'g1', isActive: true })).toEqual({ id: 'g1', isActive: true, success: true });
    scope.done();
  });

  it('refuses a status that is not a choice', async () => {
    await expect(run('creates', 'update_calendar_group_status', { groupId: 'g1', isActive: 'maybe' })).rejects.toThrow(/Status \(isActive\): expected one of: true, false/);
  });
});
