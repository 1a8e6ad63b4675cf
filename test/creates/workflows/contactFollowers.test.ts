import { highLevel, run } from '../../helpers';

describe('add_contact_followers (Add Contact Followers)', () => {
  it('posts {followers} with the chosen users', async () => {
    const scope = highLevel()
      .post('/contacts/c1/followers', { followers: ['u1', 'u2'] })
      .reply(201, { followers: ['u0', 'u1', 'u2'], followersAdded: ['u1', 'u2'] });

    await expect(run('creates', 'add_contact_followers', { contactId: 'c1', userIds: 'u1, u2' })).resolves.toEqual({
      contactId: 'c1',
      followers: ['u0', 'u1', 'u2'],
      followersAdded: ['u1', 'u2'],
    });
    scope.done();
  });

  it('refuses an empty list of followers before any request', async () => {
    const scope = highLevel().post(/.*/).reply(201, {});
    await expect(run('creates', 'add_contact_followers', { contactId: 'c1', userIds: [] })).rejects.toThrow(/Followers \(userIds\) is required/);
    expect(scope.isDone()).toBe(false);
  });
});

describe('remove_contact_followers (Remove Contact Followers)', () => {
  it('sends DELETE with the JSON body {followers}', async () => {
    const scope = highLevel()
      .delete('/contacts/c1/followers', { followers: ['u2'] })
      .reply(200, { followers: ['u0', 'u1'], followersRemoved: ['u2'] });

    await expect(run('creates', 'remove_contact_followers', { contactId: 'c1', userIds: ['u2'] })).resolves.toEqual({
      contactId: 'c1',
      followers: ['u0', 'u1'],
      followersRemoved: ['u2'],
    });
    scope.done();
  });

  it('says the contact was not found on a 404', async () => {
    const scope = highLevel().delete('/contacts/gone/followers', { followers: ['u2'] }).reply(404, { statusCode: 404, message: 'Contact not found' });
    await expect(run('creates', 'remove_contact_followers', { contactId: 'gone', userIds: ['u2'] })).rejects.toThrow(/no contact gone/);
    scope.done();
  });
});
