import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('list_calendars (List Calendars)', () => {
  it('asks GET /calendars/ for the sub-account', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/')
      .query({ locationId: LOCATION_ID })
      .reply(200, { calendars: [{ id: 'c1', name: 'Discovery Call', locationId: LOCATION_ID }] });

    await expect(run('triggers', 'list_calendars')).resolves.toEqual([{ id: 'c1', name: 'Discovery Call', locationId: LOCATION_ID }]);
    scope.done();
  });

  it('filters by calendar group and drafts when asked', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/')
      .query({ locationId: LOCATION_ID, groupId: 'g1', showDrafted: 'false' })
      .reply(200, { calendars: [] });

    await expect(run('triggers', 'list_calendars', { groupId: 'g1', showDrafted: 'no' })).resolves.toEqual([]);
    scope.done();
  });

  it('refuses a draft flag that is not yes or no, before any request', async () => {
    await expect(run('triggers', 'list_calendars', { showDrafted: 'maybe' })).rejects.toThrow(/Include Draft Calendars \(showDrafted\): expected true or false/);
  });
});
