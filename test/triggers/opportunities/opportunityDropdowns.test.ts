import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('opportunity dropdowns', () => {
  it('dropdown_opportunities pages through GET /opportunities/search, newest first, named with the contact', async () => {
    const scope = highLevel()
      .get('/opportunities/search')
      .query({ location_id: LOCATION_ID, order: 'added_desc', limit: '100', page: '2' })
      .reply(200, { opportunities: [{ id: 'o1', name: 'Deal', contact: { name: 'Ada' } }, { id: 'o2', name: 'Other' }] });

    const items = await run<Array<Record<string, unknown>>>('triggers', 'dropdown_opportunities', {}, { meta: { page: 1 } });
    expect(items.map(({ id, name }) => ({ id, name }))).toEqual([
      { id: 'o1', name: 'Deal (Ada)' },
      { id: 'o2', name: 'Other' },
    ]);
    scope.done();
  });

  it('dropdown_lost_reasons lists GET /opportunities/lost-reason', async () => {
    const scope = highLevel()
      .get('/opportunities/lost-reason')
      .query({ locationId: LOCATION_ID, limit: '100', skip: '0' })
      .reply(200, { lostReasons: [{ id: 'lr1', name: 'Too expensive' }], total: 1 });

    await expect(run('triggers', 'dropdown_lost_reasons')).resolves.toEqual([{ id: 'lr1', name: 'Too expensive' }]);
    scope.done();
  });
});
