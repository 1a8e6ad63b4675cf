import { highLevel, run } from '../../helpers';

const business = {
  id: 'biz1',
  name: 'Acme Inc',
  email: 'info@acme.com',
  locationId: 'loc_Test123',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
};

describe('get_business (Get Business)', () => {
  it('reads GET /businesses/{businessId} and returns the business with a change-aware id', async () => {
    const scope = highLevel().get('/businesses/biz1').reply(200, { business });

    const items = await run<Array<Record<string, unknown>>>('triggers', 'get_business', { businessId: 'biz1' });

    expect(items).toEqual([{ ...business, businessId: 'biz1', id: 'biz1:2026-02-01T00:00:00.000Z' }]);
    scope.done();
  });

  it('returns nothing while the business is not there (404)', async () => {
    const scope = highLevel().get('/businesses/missing').reply(404, { statusCode: 404, message: 'Business not found' });
    await expect(run('triggers', 'get_business', { businessId: 'missing' })).resolves.toEqual([]);
    scope.done();
  });

  it('refuses a missing business id before any request', async () => {
    const scope = highLevel().get(/.*/).reply(200, {});
    await expect(run('triggers', 'get_business', {})).rejects.toThrow(/Business \(businessId\) is required/);
    expect(scope.isDone()).toBe(false);
  });
});
