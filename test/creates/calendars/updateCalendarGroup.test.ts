import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('update_calendar_group (Update Calendar Group)', () => {
  it('sends all three fields when mapped, without a lookup', async () => {
    const scope = highLevel('2021-04-15')
      .put('/calendars/groups/g1', { name: 'New', description: 'D', slug: 'new' })
      .reply(200, { group: { id: 'g1', name: 'New', description: 'D', slug: 'new' } });
    expect(await run('creates', 'update_calendar_group', { groupId: 'g1', name: 'New', description: 'D', slug: 'new' })).toEqual({
      id: 'g1',
      name: 'New',
      description: 'D',
      slug: 'new',
    });
    scope.done();
  });

  it('fills the required fields left empty from the current group', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/groups')
      .query({ locationId: LOCATION_ID })
      .reply(200, { groups: [{ id: 'g0' }, { id: 'g1', name: 'Old', description: 'Old text', slug: 'old' }] })
      .put('/calendars/groups/g1', { name: 'Renamed', description: 'Old text', slug: 'old' })
      .reply(200, { group: { id: 'g1', name: 'Renamed', description: 'Old text', slug: 'old' } });
    expect(await run('creates', 'update_calendar_group', { groupId: 'g1', name: 'Renamed' })).toMatchObject({ id: 'g1', name: 'Renamed' });
    scope.done();
  });

  it('says the group was not found when it is not listed, and refuses an empty update', async () => {
    const scope = highLevel('2021-04-15').get('/calendars/groups').query({ locationId: LOCATION_ID }).reply(200, { groups: [] });
    await expect(run('creates', 'update_calendar_group', { groupId: 'gone', name: 'X' })).rejects.toThrow(/calendar group gone was not found.*already be deleted/);
    await expect(run('creates', 'update_calendar_group', { groupId: 'g1' })).rejects.toThrow(/Map at least one field/);
    scope.done();
  });
});
