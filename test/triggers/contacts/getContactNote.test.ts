import { highLevel, run } from '../../helpers';

type Item = Record<string, unknown>;

describe('get_contact_note (Get Contact Note by ID)', () => {
  it('reads GET /contacts/{contactId}/notes/{id} and keeps the note id as noteId', async () => {
    const note = { id: 'n1', body: 'Wants a demo', dateAdded: '2026-07-08T12:02:11.285Z', contactId: 'c1' };
    const scope = highLevel()
      .get('/contacts/c1/notes/n1')
      .reply(200, { note })
      .get('/contacts/c1/notes/n1')
      .reply(200, { note: { ...note, body: 'Wants a demo on Tuesday' } });

    const [first] = await run<Item[]>('triggers', 'get_contact_note', { contactId: 'c1', noteId: 'n1' });
    const [edited] = await run<Item[]>('triggers', 'get_contact_note', { contactId: 'c1', noteId: 'n1' });

    expect(first).toMatchObject({ ...note, id: expect.any(String), noteId: 'n1' });
    expect(String(first?.id)).toMatch(/^n1:/);
    expect(edited?.id).not.toBe(first?.id);
    scope.done();
  });

  it('needs the note', async () => {
    await expect(run('triggers', 'get_contact_note', { contactId: 'c1' })).rejects.toThrow(/Note \(noteId\) is required/);
  });
});
