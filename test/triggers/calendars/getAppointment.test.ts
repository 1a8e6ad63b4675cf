import { highLevel, run } from '../../helpers';

describe('get_appointment (Get Appointment)', () => {
  it('asks GET /calendars/events/appointments/{eventId}; the id carries the last update so a change fires again', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/events/appointments/ev1')
      .reply(200, {
        event: {
          id: 'ev1',
          title: 'Discovery Call',
          appointmentStatus: 'confirmed',
          startTime: '2026-03-08T10:00:00-04:00',
          endTime: '2026-03-08T10:30:00-04:00',
          dateUpdated: '2026-03-01T08:00:00.000Z',
        },
      });

    const items = await run<Array<Record<string, unknown>>>('triggers', 'get_appointment', { eventId: 'ev1' });

    expect(items).toEqual([
      {
        id: 'ev1:2026-03-01T08:00:00.000Z',
        appointmentId: 'ev1',
        title: 'Discovery Call',
        appointmentStatus: 'confirmed',
        startTime: '2026-03-08T10:00:00-04:00',
        endTime: '2026-03-08T10:30:00-04:00',
        startTimeUtc: '2026-03-08T14:00:00.000Z',
        endTimeUtc: '2026-03-08T14:30:00.000Z',
        dateUpdated: '2026-03-01T08:00:00.000Z',
      },
    ]);
    scope.done();
  });

  it('refuses an id with a slash, before any request', async () => {
    await expect(run('triggers', 'get_appointment', { eventId: 'a/b' })).rejects.toThrow(/Appointment \(eventId\): expected an id/);
  });
});
