import { highLevel, run } from '../../helpers';

type Item = Record<string, unknown>;

describe('list_contact_appointments (Get Contact Appointments)', () => {
  it('reads the `events` of GET /contacts/{contactId}/appointments, newest first', async () => {
    const scope = highLevel()
      .get('/contacts/c1/appointments')
      .reply(200, {
        events: [
          { id: 'e1', title: 'Old', dateAdded: '2026-01-01 09:00:00' },
          { id: 'e2', title: 'New', dateAdded: '2026-03-01 09:00:00' },
        ],
      });

    const items = await run<Item[]>('triggers', 'list_contact_appointments', { contactId: 'c1' });

    expect(items).toEqual([
      { id: 'e2', title: 'New', dateAdded: '2026-03-01 09:00:00' },
      { id: 'e1', title: 'Old', dateAdded: '2026-01-01 09:00:00' },
    ]);
    scope.done();
  });

  it('needs a contact', async () => {
    await expect(run('triggers', 'list_contact_appointments', {})).rejects.toThrow(/Contact \(contactId\) is required/);
  });
});
