import { highLevel, run } from '../../helpers';

describe('add_opportunity_followers (Add Followers)', () => {
  it('posts {followers} and returns the followers', async () => {
    const scope = highLevel()
      .post('/opportunities/o1/followers', { followers: ['u1', 'u2'] })
      .reply(201, { followers: ['u0', 'u1', 'u2'], followersAdded: ['u1', 'u2'] });
    await expect(run('creates', 'add_opportunity_followers', { opportunityId: 'o1', userIds: ['u1', 'u2'] })).resolves.toEqual({
      id: 'o1',
      followers: ['u0', 'u1', 'u2'],
      followersAdded: ['u1', 'u2'],
    });
    scope.done();
  });

  it('requires users', async () => {
    await expect(run('creates', 'add_opportunity_followers', { opportunityId: 'o1', userIds: [] })).rejects.toThrow(/Followers \(userIds\) is required/);
  });
});

describe('remove_opportunity_followers (Remove Followers)', () => {
  it('deletes with a {followers} body', async () => {
    const scope = highLevel()
      .delete('/opportunities/o1/followers', { followers: ['u1'] })
      .reply(200, { followers: ['u0'], followersRemoved: ['u1'] });
    await expect(run('creates', 'remove_opportunity_followers', { opportunityId: 'o1', userIds: 'u1' })).resolves.toEqual({
      id: 'o1',
      followers: ['u0'],
      followersRemoved: ['u1'],
    });
    scope.done();
  });

  it('removes every follower with isRemoveAllFollowers=true', async () => {
    const scope = highLevel()
      .delete('/opportunities/o1/followers', { followers: [] })
      .query({ isRemoveAllFollowers: 'true' })
      .reply(200, { followers: [], followersRemoved: ['u0', 'u1'] });
    await expect(run('creates', 'remove_opportunity_followers', { opportunityId: 'o1', removeAll: 'yes' })).resolves.toEqual({
      id: 'o1',
      followers: [],
      followersRemoved: ['u0', 'u1'],
    });
    scope.done();
  });

  it('needs users or "remove all"', async () => {
    await expect(run('creates', 'remove_opportunity_followers', { opportunityId: 'o1' })).rejects.toThrow(/Followers \(userIds\) to remove, or set Remove All/);
  });
});
