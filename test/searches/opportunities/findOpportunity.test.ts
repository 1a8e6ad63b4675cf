import { highLevel, LOCATION_ID, run } from '../../helpers';
import { rankByName } from '../../../src/searches/opportunities/findOpportunity';

describe('find_opportunity (Find Opportunity)', () => {
  it('searches by text and filters, exact name match first', async () => {
    const scope = highLevel()
      .get('/opportunities/search')
      .query({ location_id: LOCATION_ID, q: 'Acme', contact_id: 'c1', status: 'open', order: 'added_desc', limit: '100' })
      .reply(200, {
        opportunities: [
          { id: 'o3', name: 'Acme renewal' },
          { id: 'o2', name: 'Other' },
          { id: 'o1', name: 'acme', customFields: [{ id: 'cf1', fieldValue: 'x' }] },
        ],
      });

    const found = await run<Array<Record<string, unknown>>>('searches', 'find_opportunity', { q: 'Acme', contactId: 'c1', status: 'open' });
    expect(found.map((item) => item.id)).toEqual(['o1', 'o3', 'o2']);
    expect(found[0]).toMatchObject({ customField: { cf1: 'x' } });
    scope.done();
  });

  it('finds by pipeline and stage, newest first as HighLevel sends them', async () => {
    const scope = highLevel()
      .get('/opportunities/search')
      .query({ location_id: LOCATION_ID, pipeline_id: 'p1', pipeline_stage_id: 's1', order: 'added_desc', limit: '100' })
      .reply(200, { opportunities: [{ id: 'o2' }, { id: 'o1' }] });
    await expect(run('searches', 'find_opportunity', { pipelineId: 'p1', pipelineStageId: 's1' })).resolves.toEqual([{ id: 'o2' }, { id: 'o1' }]);
    scope.done();
  });

  it('returns [] when nothing matches', async () => {
    const scope = highLevel()
      .get('/opportunities/search')
      .query({ location_id: LOCATION_ID, contact_id: 'c9', order: 'added_desc', limit: '100' })
      .reply(200, { opportunities: [], meta: { total: 0 } });
    await expect(run('searches', 'find_opportunity', { contactId: 'c9' })).resolves.toEqual([]);
    scope.done();
  });

  it('asks for something to search by', async () => {
    await expect(run('searches', 'find_opportunity', {})).rejects.toThrow(/Give at least one thing to search by/);
  });

  it('rankByName keeps the order without text', () => {
    const items = [{ id: 'a', name: 'x' }, { id: 'b', name: 'y' }];
    expect(rankByName(items, undefined)).toBe(items);
  });

  it('is paired with create_opportunity as Find or Create Opportunity', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const App = require('../../../index').default as { searchOrCreates: Record<string, { search: string; create: string }> };
    expect(App.searchOrCreates.find_opportunity).toMatchObject({ search: 'find_opportunity', create: 'create_opportunity' });
  });
});
