import { authData, COMPANY_ID, highLevel, run } from '../../helpers';

const { locationId: _locationId, ...agencyAuthData } = authData;

describe('list_snapshots (List Snapshots)', () => {
  it('with an agency connection, reads GET /snapshots/?companyId', async () => {
    const scope = highLevel()
      .get('/snapshots/')
      .query({ companyId: COMPANY_ID })
      .reply(200, { snapshots: [{ id: 'snap1', name: 'Martial Arts Snapshot', type: 'own' }] });

    const items = await run('triggers', 'list_snapshots', {}, { authData: agencyAuthData });

    expect(items).toEqual([{ id: 'snap1', name: 'Martial Arts Snapshot', type: 'own' }]);
    scope.done();
  });

  it('with a sub-account connection, refuses plainly and sends nothing', async () => {
    const scope = highLevel().get('/snapshots/').query(true).reply(200, { snapshots: [] });
    await expect(run('triggers', 'list_snapshots')).rejects.toThrow(
      'List Snapshots needs an agency-level HighLevel connection, and this connection is for one sub-account.',
    );
    expect(scope.isDone()).toBe(false);
  });
});
