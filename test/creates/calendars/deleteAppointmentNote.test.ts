import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('delete_appointment_note (Delete Appointment Note)', () => {
  it('deletes the note and returns its id', async () => {
    const scope = highLevel('2021-04-15').delete('/calendars/appointments/evt1/notes/n1').reply(200, { success: true });
    expect(await run('creates', 'delete_appointment_note', { appointmentId: 'evt1', noteId: 'n1' })).toEqual({ id: 'n1', deleted: true });
    scope.done();
  });

  it('says a missing note may already be deleted', async () => {
    const scope = highLevel('2021-04-15').delete('/calendars/appointments/evt1/notes/n9').reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'delete_appointment_note', { appointmentId: 'evt1', noteId: 'n9' })).rejects.toThrow(/appointment note n9 was not found/);
    scope.done();
  });
});
