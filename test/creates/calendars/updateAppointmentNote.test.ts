import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('update_appointment_note (Update Appointment Note)', () => {
  it('puts the note text at the note path', async () => {
    const scope = highLevel('2021-04-15')
      .put('/calendars/appointments/evt1/notes/n1', { body: 'Updated' })
      .reply(200, { note: { id: 'n1', body: 'Updated' } });
    expect(await run('creates', 'update_appointment_note', { appointmentId: 'evt1', noteId: 'n1', body: 'Updated' })).toEqual({ id: 'n1', body: 'Updated' });
    scope.done();
  });

  it('needs the note id', async () => {
    await expect(run('creates', 'update_appointment_note', { appointmentId: 'evt1', body: 'x' })).rejects.toThrow(/Note \(noteId\) is required/);
  });
});
