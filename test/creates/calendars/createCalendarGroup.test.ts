import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('create_calendar_group (Create Calendar Group)', () => {
  it('posts the group with the location id and returns the group', async () => {
    const scope = highLevel('2021-04-15')
      .post('/calendars/groups', { locationId: LOCATION_ID, name: 'Sales', description: 'Sales calls', slug: 'sales', isActive: false })
      .reply(201, { group: { id: 'g1', locationId: LOCATION_ID, name: 'Sales', description: 'Sales calls', slug: 'sales', isActive: false } });
    const group = await run('creates', 'create_calendar_group', { name: 'Sales', description: 'Sales calls', slug: 'sales', isActive: 'no' });
    expect(group).toEqual({ id: 'g1', locationId: LOCATION_ID, name: 'Sales', description: 'Sales calls', slug: 'sales', isActive: false });
    scope.done();
  });

  it('refuses a missing slug before sending anything', async () => {
    await expect(run('creates', 'create_calendar_group', { name: 'Sales', description: 'x' })).rejects.toThrow(/Slug \(slug\) is required/);
  });
});
