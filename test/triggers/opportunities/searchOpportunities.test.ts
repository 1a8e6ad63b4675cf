import { highLevel, LOCATION_ID, run } from '../../helpers';

type Item = Record<string, unknown>;

describe('search_opportunities (Search Opportunities)', () => {
  it('asks GET /opportunities/search (snake_case location_id) for the newest 100 and returns them newest first', async () => {
    const scope = highLevel()
      .get('/opportunities/search')
      .query({ location_id: LOCATION_ID, order: 'added_desc', limit: '100' })
      .reply(200, {
        opportunities: [
          { id: 'o1', name: 'Old', createdAt: '2026-01-01T00:00:00.000Z', customFields: [] },
          { id: 'o2', name: 'New', createdAt: '2026-02-01T00:00:00.000Z', customFields: [{ id: 'cf1', fieldValue: 'Referral' }] },
        ],
        meta: { total: 2 },
      });

    const items = await run<Item[]>('triggers', 'search_opportunities');

    expect(items.map((item) => item.id)).toEqual(['o2', 'o1']);
    expect(items[0]).toMatchObject({ name: 'New', customField: { cf1: 'Referral' } });
    scope.done();
  });

  it('sends pipeline, stage, status, assigned user and contact as snake_case filters', async () => {
    const scope = highLevel()
      .get('/opportunities/search')
      .query({
        location_id: LOCATION_ID,
        pipeline_id: 'p1',
        pipeline_stage_id: 's1',
        status: 'won',
        assigned_to: 'u1',
        contact_id: 'c1',
        order: 'added_desc',
        limit: '100',
      })
      .reply(200, { opportunities: [] });

    await expect(
      run('triggers', 'search_opportunities', { pipelineId: 'p1', pipelineStageId: 's1', status: 'won', assignedTo: 'u1', contactId: 'c1' }),
    ).resolves.toEqual([]);
    scope.done();
  });

  it('refuses an unknown status before sending anything', async () => {
    await expect(run('triggers', 'search_opportunities', { status: 'closed' })).rejects.toThrow(/Status \(status\): expected one of: open, won, lost, abandoned, all/);
  });
});
