import { highLevel, run } from '../../helpers';

type Item = Record<string, unknown>;

describe('list_contact_notes (Get Contact Notes)', () => {
  it('reads the `notes` of GET /contacts/{contactId}/notes, newest first', async () => {
    const scope = highLevel()
      .get('/contacts/c1/notes')
      .reply(200, {
        notes: [
          { id: 'n1', body: 'Old', dateAdded: '2026-01-01T00:00:00.000Z', contactId: 'c1' },
          { id: 'n2', body: 'New', dateAdded: '2026-02-01T00:00:00.000Z', contactId: 'c1' },
        ],
      });

    const items = await run<Item[]>('triggers', 'list_contact_notes', { contactId: 'c1' });

    expect(items).toEqual([
      { id: 'n2', body: 'New', dateAdded: '2026-02-01T00:00:00.000Z', contactId: 'c1' },
      { id: 'n1', body: 'Old', dateAdded: '2026-01-01T00:00:00.000Z', contactId: 'c1' },
    ]);
    scope.done();
  });

  it('needs a contact', async () => {
    await expect(run('triggers', 'list_contact_notes', { contactId: '  ' })).rejects.toThrow(/Contact \(contactId\) is required/);
  });
});
