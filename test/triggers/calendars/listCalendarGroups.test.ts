import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('list_calendar_groups (List Calendar Groups)', () => {
  it('asks GET /calendars/groups for the sub-account and returns the groups', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/groups')
      .query({ locationId: LOCATION_ID })
      .reply(200, { groups: [{ id: 'g1', name: 'Sales', slug: 'sales', locationId: LOCATION_ID }, { id: 'g2', name: 'Support', slug: 'support', locationId: LOCATION_ID }] });

    const items = await run<Array<Record<string, unknown>>>('triggers', 'list_calendar_groups');

    expect(items.map((item) => item.id)).toEqual(['g1', 'g2']);
    expect(items[0]).toMatchObject({ name: 'Sales', slug: 'sales' });
    scope.done();
  });
});
