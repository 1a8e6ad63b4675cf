import { COMPANY_ID, highLevel, LOCATION_ID, run } from '../../helpers';

const query = (text: string) => ({ companyId: COMPANY_ID, locationId: LOCATION_ID, query: text, sort: 'dateAdded', sortDirection: 'desc', skip: '0', limit: '100' });

describe('find_user (Find User)', () => {
  it('by email keeps only the exact address (any case)', async () => {
    const scope = highLevel()
      .get('/users/search')
      .query(query('ada@example.com'))
      .reply(200, {
        users: [
          { id: 'u1', name: 'Ada Two', email: 'ada@example.com.au' },
          { id: 'u2', firstName: 'Ada', lastName: 'Lovelace', email: 'Ada@Example.com' },
        ],
        count: 2,
      });
    await expect(run('searches', 'find_user', { email: 'ada@example.com', name: 'ignored' })).resolves.toEqual([
      { id: 'u2', name: 'Ada Lovelace', firstName: 'Ada', lastName: 'Lovelace', email: 'Ada@Example.com' },
    ]);
    scope.done();
  });

  it('by name puts the exact name first, then names that start with it', async () => {
    const scope = highLevel()
      .get('/users/search')
      .query(query('Ada'))
      .reply(200, {
        users: [
          { id: 'u1', name: 'Grace Ada', email: 'g@example.com' },
          { id: 'u2', name: 'Ada Lovelace', email: 'a@example.com' },
          { id: 'u3', name: 'ada', email: 'x@example.com' },
        ],
      });
    const found = await run<Array<{ id: string }>>('searches', 'find_user', { name: 'Ada' });
    expect(found.map((user) => user.id)).toEqual(['u3', 'u2', 'u1']);
    scope.done();
  });

  it('returns [] when nothing matches, and refuses a bad email or no criterion before any request', async () => {
    const scope = highLevel().get('/users/search').query(query('nobody@example.com')).reply(200, { users: [], count: 0 });
    await expect(run('searches', 'find_user', { email: 'nobody@example.com' })).resolves.toEqual([]);
    scope.done();
    await expect(run('searches', 'find_user', { email: 'not-an-email' })).rejects.toThrow(/Email \(email\): expected an email address/);
    await expect(run('searches', 'find_user', {})).rejects.toThrow(/Give an Email \(email\) or a Name \(name\)/);
  });
});
