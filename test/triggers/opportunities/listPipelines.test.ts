import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('list_pipelines (List Pipelines)', () => {
  it('lists the pipelines of the sub-account with their stages', async () => {
    const scope = highLevel()
      .get('/opportunities/pipelines')
      .query({ locationId: LOCATION_ID })
      .reply(200, {
        pipelines: [
          { id: 'p1', name: 'Sales', stages: [{ id: 's1', name: 'New' }, { id: 's2', name: 'Won' }] },
          { id: 'p2', name: 'Hiring' },
        ],
      });

    await expect(run('triggers', 'list_pipelines')).resolves.toEqual([
      { id: 'p1', name: 'Sales', stages: [{ id: 's1', name: 'New' }, { id: 's2', name: 'Won' }], stageNames: ['New', 'Won'] },
      { id: 'p2', name: 'Hiring', stages: [], stageNames: [] },
    ]);
    scope.done();
  });
});
