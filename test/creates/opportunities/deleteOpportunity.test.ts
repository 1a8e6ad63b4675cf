import { highLevel, run } from '../../helpers';

describe('delete_opportunity (Delete Opportunity)', () => {
  it('deletes and returns the id', async () => {
    const scope = highLevel().delete('/opportunities/o1').reply(200, { succeded: true });
    await expect(run('creates', 'delete_opportunity', { opportunityId: 'o1' })).resolves.toEqual({ id: 'o1', deleted: true });
    scope.done();
  });

  it('says a missing opportunity may already be deleted', async () => {
    const scope = highLevel().delete('/opportunities/o1').reply(404, { statusCode: 404, message: 'Opportunity not found' });
    await expect(run('creates', 'delete_opportunity', { opportunityId: 'o1' })).rejects.toThrow(/was not found.*may have been deleted already/);
    scope.done();
  });

  it('requires the opportunity', async () => {
    await expect(run('creates', 'delete_opportunity', {})).rejects.toThrow(/Opportunity \(opportunityId\) is required/);
  });
});
