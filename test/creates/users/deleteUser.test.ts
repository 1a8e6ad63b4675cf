import { highLevel, run } from '../../helpers';

describe('delete_user (Delete User)', () => {
  it('deletes and returns the id with HighLevel\'s message', async () => {
    const scope = highLevel()
      .delete('/users/u1')
      .reply(200, { succeded: true, message: 'Queued deleting user with e-mail ada@example.com and name Ada Lovelace. Will take effect in a few minutes.' });
    await expect(run('creates', 'delete_user', { userId: 'u1' })).resolves.toEqual({
      id: 'u1',
      deleted: true,
      message: 'Queued deleting user with e-mail ada@example.com and name Ada Lovelace. Will take effect in a few minutes.',
    });
    scope.done();
  });

  it('says a missing user may already be deleted', async () => {
    const scope = highLevel().delete('/users/u1').reply(404, { statusCode: 404, message: 'User not found' });
    await expect(run('creates', 'delete_user', { userId: 'u1' })).rejects.toThrow(/User u1 was not found.*may have been deleted already/);
    scope.done();
  });

  it('requires the user', async () => {
    await expect(run('creates', 'delete_user', {})).rejects.toThrow(/User \(userId\) is required/);
  });
});
