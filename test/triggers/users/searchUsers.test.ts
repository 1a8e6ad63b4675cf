import { COMPANY_ID, highLevel, LOCATION_ID, run } from '../../helpers';

const base = { companyId: COMPANY_ID, locationId: LOCATION_ID, sort: 'dateAdded', sortDirection: 'desc', skip: '0', limit: '100' };

describe('search_users (Search Users)', () => {
  it('asks GET /users/search with the company and sub-account of the connection, and the filters', async () => {
    const scope = highLevel()
      .get('/users/search')
      .query({ ...base, query: 'ada', role: 'admin', type: 'account', ids: 'u1,u2' })
      .reply(200, { users: [{ id: 'u1', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' }], count: 1 });

    await expect(run('triggers', 'search_users', { query: 'ada', role: 'admin', type: 'account', ids: 'u1, u2' })).resolves.toEqual([
      { id: 'u1', name: 'Ada Lovelace', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
    ]);
    scope.done();
  });

  it('refuses an unknown role before sending anything', async () => {
    await expect(run('triggers', 'search_users', { role: 'owner' })).rejects.toThrow(/Role \(role\): expected one of: admin, user/);
  });
});

describe('list_location_users (List Users by Location)', () => {
  it('lists the users of the sub-account through GET /users/search (companyId + locationId)', async () => {
    const scope = highLevel()
      .get('/users/search')
      .query(base)
      .reply(200, { users: [{ id: 'u1', name: 'Ada Lovelace' }, { id: 'u2', name: 'Alan Turing' }], count: 2 });

    const users = await run<Array<Record<string, unknown>>>('triggers', 'list_location_users');
    expect(users.map((user) => user.id)).toEqual(['u1', 'u2']);
    scope.done();
  });

  it('asks an agency connection which sub-account', async () => {
    await expect(run('triggers', 'list_location_users', {}, { authData: { access_token: 'access-token-9f8e7d6c5b4a', companyId: COMPANY_ID } })).rejects.toThrow(
      /Sub-account \(subAccount\) is required/,
    );
  });
});
