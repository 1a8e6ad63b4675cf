import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('bulk_update_contact_tags (Bulk Update Contact Tags)', () => {
  it('adds tags to many contacts and reports the outcome per contact', async () => {
    const scope = highLevel()
      .post('/contacts/bulk/tags/update/add', { contacts: ['c1', 'c2'], tags: ['vip'], locationId: LOCATION_ID })
      .reply(201, {
        succeded: true,
        errorCount: 1,
        responses: [
          { contactId: 'c1', message: 'Tags updated', type: 'success', oldTags: [], tagsAdded: ['vip'], tagsRemoved: [] },
          { contactId: 'c2', message: 'contact does not belong to location', type: 'error' },
        ],
      });

    const result = await run('creates', 'bulk_update_contact_tags', { type: 'add', contacts: 'c1, c2', tags: ['vip'] });

    expect(result).toEqual({
      action: 'add',
      succeeded: true,
      errorCount: 1,
      updatedContactIds: ['c1'],
      failedContactIds: ['c2'],
      responses: [
        { contactId: 'c1', message: 'Tags updated', type: 'success', oldTags: [], tagsAdded: ['vip'], tagsRemoved: [] },
        { contactId: 'c2', message: 'contact does not belong to location', type: 'error' },
      ],
    });
    scope.done();
  });

  it('removes all tags with removeAllTags and an empty tag list', async () => {
    const scope = highLevel()
      .post('/contacts/bulk/tags/update/remove', { contacts: ['c1'], tags: [], locationId: LOCATION_ID, removeAllTags: true })
      .reply(201, { succeded: true, errorCount: 0, responses: [] });
    const result = await run<{ succeeded: boolean }>('creates', 'bulk_update_contact_tags', { type: 'remove', contacts: ['c1'], removeAllTags: 'yes' });
    expect(result.succeeded).toBe(true);
    scope.done();
  });

  it('refuses a bad action, removeAllTags with add, and no tags, before any request', async () => {
    const scope = highLevel().post(/\/contacts\/bulk\/tags\/update\/.*/).reply(201, {});
    await expect(run('creates', 'bulk_update_contact_tags', { type: 'replace', contacts: 'c1', tags: 'vip' })).rejects.toThrow(
      /Action \(type\): expected one of: add, remove/,
    );
    await expect(run('creates', 'bulk_update_contact_tags', { type: 'add', contacts: 'c1', tags: 'vip', removeAllTags: 'true' })).rejects.toThrow(
      /Remove All Tags \(removeAllTags\) can only be used with the/,
    );
    await expect(run('creates', 'bulk_update_contact_tags', { type: 'remove', contacts: 'c1' })).rejects.toThrow(/Tags \(tags\) is required unless Remove All Tags/);
    await expect(run('creates', 'bulk_update_contact_tags', { type: 'add', tags: 'vip' })).rejects.toThrow(/Contacts \(contacts\) is required/);
    expect(scope.isDone()).toBe(false);
  });
});
