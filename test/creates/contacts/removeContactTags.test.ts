import { highLevel, run } from '../../helpers';

describe('remove_contact_tags (Remove Tags from Contact)', () => {
  it('sends DELETE with a {tags} body', async () => {
    const scope = highLevel().delete('/contacts/c1/tags', { tags: ['newsletter'] }).reply(200, { tags: ['customer'] });
    await expect(run('creates', 'remove_contact_tags', { contactId: 'c1', tags: ['newsletter'] })).resolves.toEqual({
      contactId: 'c1',
      tags: ['customer'],
      tagsRemoved: ['newsletter'],
    });
    scope.done();
  });

  it('requires the contact and the tags', async () => {
    await expect(run('creates', 'remove_contact_tags', {})).rejects.toThrow(/Contact \(contactId\) is required\. Tags \(tags\) is required/);
  });
});
