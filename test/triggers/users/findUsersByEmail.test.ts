import nock from 'nock';
import { ACCESS_TOKEN, COMPANY_ID, highLevel, REFRESH_TOKEN, run } from '../../helpers';

const agencyAuth = { access_token: ACCESS_TOKEN, refresh_token: REFRESH_TOKEN, companyId: COMPANY_ID, userId: 'user_Test789' };

describe('find_users_by_email (Filter Users by Email)', () => {
  it('with an agency connection, posts the company id and the emails (comma-separated) and returns the users', async () => {
    const scope = highLevel()
      .post('/users/search/filter-by-email', {
        companyId: COMPANY_ID,
        emails: 'ada@example.com,alan@example.com',
        projection: 'all',
        skip: '0',
        limit: '100',
      })
      .reply(200, { users: [{ id: 'u1', name: 'Ada Lovelace', email: 'ada@example.com' }], count: 1 });

    const users = await run<Array<Record<string, unknown>>>(
      'triggers',
      'find_users_by_email',
      { emails: ['ada@example.com', 'alan@example.com'] },
      { authData: agencyAuth },
    );

    expect(users).toEqual([{ id: expect.stringMatching(/^u1:[0-9a-f]{12}$/), userId: 'u1', name: 'Ada Lovelace', email: 'ada@example.com' }]);
    scope.done();
  });

  it('with a sub-account connection, says plainly that an agency connection is needed, without calling HighLevel', async () => {
    const scope = highLevel().post('/users/search/filter-by-email').reply(200, { users: [] });
    await expect(run('triggers', 'find_users_by_email', { emails: 'ada@example.com' })).rejects.toThrow(
      /Filter Users by Email needs an agency-level HighLevel connection/,
    );
    expect(scope.isDone()).toBe(false);
    nock.cleanAll();
  });

  it('refuses a bad email before sending anything', async () => {
    await expect(run('triggers', 'find_users_by_email', { emails: 'ada@example.com, nope' }, { authData: agencyAuth })).rejects.toThrow(
      /Emails \(emails\) \(item 2\): expected an email address/,
    );
    await expect(run('triggers', 'find_users_by_email', {}, { authData: agencyAuth })).rejects.toThrow(/Emails \(emails\) is required/);
  });
});
