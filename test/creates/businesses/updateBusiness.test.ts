import { highLevel, run } from '../../helpers';

describe('update_business (Update Business)', () => {
  it('puts only the mapped fields and returns the clean business (answer wrapped as `business`)', async () => {
    const scope = highLevel()
      .put('/businesses/biz1', { name: 'Acme Group', website: 'www.acme.com' })
      .reply(200, { success: true, business: { id: 'biz1', name: 'Acme Group', website: 'www.acme.com' } });

    const business = await run('creates', 'update_business', { businessId: 'biz1', name: 'Acme Group', website: 'www.acme.com', email: '', city: null });

    expect(business).toEqual({ id: 'biz1', name: 'Acme Group', website: 'www.acme.com' });
    scope.done();
  });

  it('unwraps the misspelled `buiseness` answer', async () => {
    const scope = highLevel().put('/businesses/biz1', { city: 'Austin' }).reply(200, { success: true, buiseness: { id: 'biz1', city: 'Austin' } });
    await expect(run('creates', 'update_business', { businessId: 'biz1', city: 'Austin' })).resolves.toEqual({ id: 'biz1', city: 'Austin' });
    scope.done();
  });

  it('says the business was not found on a 404', async () => {
    const scope = highLevel().put('/businesses/gone', { name: 'X' }).reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'update_business', { businessId: 'gone', name: 'X' })).rejects.toThrow(/no business gone/);
    scope.done();
  });

  it('refuses an update with nothing mapped, before any request', async () => {
    const scope = highLevel().put('/businesses/biz1').reply(200, {});
    await expect(run('creates', 'update_business', { businessId: 'biz1', name: '' })).rejects.toThrow(/Map at least one field/);
    expect(scope.isDone()).toBe(false);
  });
});
