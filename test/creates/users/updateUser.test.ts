import { highLevel, run } from '../../helpers';

describe('update_user (Update User)', () => {
  it('puts only the mapped fields', async () => {
    const scope = highLevel()
      .put('/users/u1', { lastName: 'Byron', role: 'admin', permissions: { refundsEnabled: false } })
      .reply(200, { id: 'u1', name: 'Ada Byron', role: 'admin' });

    await expect(
      run('creates', 'update_user', { userId: 'u1', firstName: '', lastName: 'Byron', role: 'admin', permissionsOff: ['refundsEnabled'], scopes: [] }),
    ).resolves.toEqual({ id: 'u1', name: 'Ada Byron', role: 'admin' });
    scope.done();
  });

  it('says when the user does not exist', async () => {
    const scope = highLevel().put('/users/gone', { firstName: 'X' }).reply(404, { statusCode: 404, message: 'User not found' });
    await expect(run('creates', 'update_user', { userId: 'gone', firstName: 'X' })).rejects.toThrow(/User gone was not found.*may have been deleted already/);
    scope.done();
  });

  it('refuses a bad phone before sending anything', async () => {
    await expect(run('creates', 'update_user', { userId: 'u1', phone: 'call me' })).rejects.toThrow(/Phone \(phone\): expected a phone number/);
  });
});
