import { highLevel, run } from '../../helpers';

describe('get_opportunity (Get Opportunity)', () => {
  it('returns the opportunity once per version: id = opportunity id + updatedAt', async () => {
    const ok = highLevel()
      .get('/opportunities/o1')
      .reply(200, { opportunity: { id: 'o1', name: 'Deal', updatedAt: '2026-03-01T10:00:00.000Z', customFields: [{ id: 'cf1', fieldValue: 7 }] } });
    await expect(run('triggers', 'get_opportunity', { opportunityId: 'o1' })).resolves.toEqual([
      {
        id: 'o1:2026-03-01T10:00:00.000Z',
        opportunityId: 'o1',
        name: 'Deal',
        updatedAt: '2026-03-01T10:00:00.000Z',
        customFields: [{ id: 'cf1', fieldValue: 7 }],
        customField: { cf1: 7 },
      },
    ]);
    ok.done();
  });

  it('returns nothing while the opportunity does not exist (404)', async () => {
    const scope = highLevel().get('/opportunities/gone').reply(404, { statusCode: 404, message: 'Opportunity not found' });
    await expect(run('triggers', 'get_opportunity', { opportunityId: 'gone' })).resolves.toEqual([]);
    scope.done();
  });

  it('requires the opportunity, and refuses an id with a slash, before sending anything', async () => {
    await expect(run('triggers', 'get_opportunity', { opportunityId: 'o/1' })).rejects.toThrow(/Opportunity \(opportunityId\): expected an id/);
    await expect(run('triggers', 'get_opportunity', {})).rejects.toThrow(/Opportunity \(opportunityId\) is required/);
  });
});
