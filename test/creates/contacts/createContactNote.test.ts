import { highLevel, run } from '../../helpers';

const note = { id: 'n1', body: 'Wants a demo', title: 'Follow-up', userId: 'u1', dateAdded: '2026-07-08T12:02:11.285Z', contactId: 'c1' };

describe('create_contact_note (Create Contact Note)', () => {
  it('posts the note with its author', async () => {
    const scope = highLevel()
      .post('/contacts/c1/notes', { body: 'Wants a demo', title: 'Follow-up', userId: 'u1', color: '#FFAA00', pinned: true })
      .reply(201, { note });
    const result = await run('creates', 'create_contact_note', { contactId: 'c1', body: 'Wants a demo', title: 'Follow-up', userId: 'u1', color: 'ffaa00', pinned: 'true' });
    expect(result).toEqual(note);
    scope.done();
  });

  it('requires the body and refuses a bad colour before any request', async () => {
    const scope = highLevel().post('/contacts/c1/notes').reply(201, { note });
    await expect(run('creates', 'create_contact_note', { contactId: 'c1', body: '  ' })).rejects.toThrow(/Body \(body\) is required/);
    await expect(run('creates', 'create_contact_note', { contactId: 'c1', body: 'x', color: 'orange' })).rejects.toThrow(/Colour \(color\): expected a colour/);
    expect(scope.isDone()).toBe(false);
  });
});
