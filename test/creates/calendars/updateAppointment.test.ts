import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('update_appointment (Update Appointment)', () => {
  it('puts only the mapped fields', async () => {
    const scope = highLevel('2021-04-15')
      .put('/calendars/events/appointments/evt1', { appointmentStatus: 'cancelled', startTime: '2026-03-09T09:00:00-04:00' })
      .reply(200, { id: 'evt1', appointmentStatus: 'cancelled', startTime: '2026-03-09T09:00:00-04:00' });
    const result = await run('creates', 'update_appointment', {
      eventId: 'evt1',
      appointmentStatus: 'cancelled',
      startTime: '2026-03-09 09:00',
      timeZone: 'America/New_York',
      title: '',
    });
    expect(result).toEqual({ id: 'evt1', appointmentStatus: 'cancelled', startTime: '2026-03-09T09:00:00-04:00' });
    scope.done();
  });

  it('refuses an empty update and reports a missing appointment', async () => {
    await expect(run('creates', 'update_appointment', { eventId: 'evt1' })).rejects.toThrow(/Map at least one field/);
    const scope = highLevel('2021-04-15').put('/calendars/events/appointments/evt9', { title: 'X' }).reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'update_appointment', { eventId: 'evt9', title: 'X' })).rejects.toThrow(/appointment evt9 was not found/);
    scope.done();
  });
});
