import { highLevel, run } from '../../helpers';

describe('get_user (Get User)', () => {
  it('returns the user (at the root of the answer) with an id that changes when the user changes', async () => {
    const user = { id: 'u1', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', roles: { role: 'user' } };
    const scope = highLevel()
      .get('/users/u1')
      .reply(200, user)
      .get('/users/u1')
      .reply(200, { ...user, roles: { role: 'admin' } });

    const [first] = await run<Array<Record<string, unknown>>>('triggers', 'get_user', { userId: 'u1' });
    const [second] = await run<Array<Record<string, unknown>>>('triggers', 'get_user', { userId: 'u1' });

    expect(first).toMatchObject({ userId: 'u1', name: 'Ada Lovelace', email: 'ada@example.com' });
    expect(String(first?.id)).toMatch(/^u1:[0-9a-f]{12}$/);
    expect(second?.id).not.toEqual(first?.id);
    scope.done();
  });

  it('returns nothing for a user that does not exist', async () => {
    const scope = highLevel().get('/users/gone').reply(404, { statusCode: 404, message: 'User not found' });
    await expect(run('triggers', 'get_user', { userId: 'gone' })).resolves.toEqual([]);
    scope.done();
  });

  it('requires the user', async () => {
    await expect(run('triggers', 'get_user', {})).rejects.toThrow(/User \(userId\) is required/);
  });
});
