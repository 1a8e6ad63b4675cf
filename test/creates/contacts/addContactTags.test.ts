import { highLevel, run } from '../../helpers';

describe('add_contact_tags (Add Tags to Contact)', () => {
  it('posts {tags} and returns the contact id, its tags and the tags added', async () => {
    const scope = highLevel().post('/contacts/c1/tags', { tags: ['vip', 'newsletter'] }).reply(201, { tags: ['customer', 'vip', 'newsletter'] });
    await expect(run('creates', 'add_contact_tags', { contactId: 'c1', tags: 'vip, newsletter' })).resolves.toEqual({
      contactId: 'c1',
      tags: ['customer', 'vip', 'newsletter'],
      tagsAdded: ['vip', 'newsletter'],
    });
    scope.done();
  });

  it('requires at least one tag', async () => {
    await expect(run('creates', 'add_contact_tags', { contactId: 'c1', tags: ' , ' })).rejects.toThrow(/Tags \(tags\) is required/);
  });
});
