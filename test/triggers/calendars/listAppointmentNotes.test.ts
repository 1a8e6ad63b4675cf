import { highLevel, run } from '../../helpers';

describe('list_appointment_notes (List Appointment Notes)', () => {
  it('sends the required limit and offset and returns notes newest first', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/appointments/ev1/notes')
      .query({ limit: '20', offset: '0' })
      .reply(200, {
        notes: [
          { id: 'n1', body: 'First', dateAdded: '2026-03-01T10:00:00.000Z' },
          { id: 'n2', body: 'Second', dateAdded: '2026-03-02T10:00:00.000Z' },
        ],
        hasMore: false,
      });

    const items = await run<Array<Record<string, unknown>>>('triggers', 'list_appointment_notes', { appointmentId: 'ev1' });

    expect(items).toEqual([
      { id: 'n2', body: 'Second', dateAdded: '2026-03-02T10:00:00.000Z', appointmentId: 'ev1' },
      { id: 'n1', body: 'First', dateAdded: '2026-03-01T10:00:00.000Z', appointmentId: 'ev1' },
    ]);
    scope.done();
  });

  it('requires the appointment, before any request', async () => {
    await expect(run('triggers', 'list_appointment_notes', {})).rejects.toThrow(/Appointment \(appointmentId\) is required/);
  });
});
