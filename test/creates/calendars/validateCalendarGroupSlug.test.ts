import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('validate_calendar_group_slug (Validate Group Slug)', () => {
  it('posts the location id and slug and returns {slug, available}', async () => {
    const scope = highLevel('2021-04-15').post('/calendars/groups/validate-slug', { locationId: LOCATION_ID, slug: 'sales' }).reply(200, { available: false });
    expect(await run('creates', 'validate_calendar_group_slug', { slug: ' sales ' })).toEqual({ slug: 'sales', available: false });
    scope.done();
  });

  it('needs a slug', async () => {
    await expect(run('creates', 'validate_calendar_group_slug', {})).rejects.toThrow(/Slug \(slug\) is required/);
  });
});
