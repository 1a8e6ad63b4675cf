import { highLevel, run } from '../../helpers';

describe('delete_business (Delete Business)', () => {
  it('sends DELETE /businesses/{businessId} and returns the deleted id', async () => {
    const scope = highLevel().delete('/businesses/biz1').reply(200, { success: true });
    await expect(run('creates', 'delete_business', { businessId: 'biz1' })).resolves.toEqual({ id: 'biz1', deleted: true });
    scope.done();
  });

  it('says the business was not found and may already be deleted on a 404', async () => {
    const scope = highLevel().delete('/businesses/gone').reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'delete_business', { businessId: 'gone' })).rejects.toThrow(/not found and may already be deleted/);
    scope.done();
  });

  it('refuses an id with a slash before any request', async () => {
    const scope = highLevel().delete(/.*/).reply(200, {});
    await expect(run('creates', 'delete_business', { businessId: 'a/b' })).rejects.toThrow(/Business \(businessId\): expected an id/);
    expect(scope.isDone()).toBe(false);
  });
});
