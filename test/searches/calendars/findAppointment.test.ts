import { highLevel, LOCATION_ID, run } from '../../helpers';

const events = [
  { id: 'past', calendarId: 'cal1', appointmentStatus: 'showed', startTime: '2026-11-20 10:00:00', endTime: '2026-11-20 10:30:00' },
  { id: 'later', calendarId: 'cal1', appointmentStatus: 'confirmed', startTime: '2026-12-20 09:00:00', endTime: '2026-12-20 09:30:00' },
  { id: 'soon', calendarId: 'cal2', appointmentStatus: 'confirmed', startTime: '2026-12-02 15:00:00', endTime: '2026-12-02 15:30:00' },
  { id: 'cancelled', calendarId: 'cal1', appointmentStatus: 'cancelled', startTime: '2026-12-03 15:00:00', endTime: '2026-12-03 15:30:00' },
];

describe('find_appointment (Find Appointment)', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-12-01T12:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());

  it("reads the sub-account's time zone once, then gives the next appointment first, times with the zone's offset", async () => {
    const scope = highLevel()
      .get(`/locations/${LOCATION_ID}`)
      .reply(200, { location: { id: LOCATION_ID, timezone: 'America/New_York' } })
      .get('/contacts/c1/appointments')
      .reply(200, { events, traceId: 't' });
    const found = await run<Array<Record<string, unknown>>>('searches', 'find_appointment', { contactId: 'c1', which: 'next' });
    expect(found.map((appointment) => appointment.id)).toEqual(['soon', 'cancelled', 'later']);
    expect(found[0]).toEqual({
      id: 'soon',
      calendarId: 'cal2',
      appointmentStatus: 'confirmed',
      startTime: '2026-12-02T15:00:00-05:00',
      endTime: '2026-12-02T15:30:00-05:00',
      startTimeUtc: '2026-12-02T20:00:00.000Z',
      endTimeUtc: '2026-12-02T20:30:00.000Z',
    });
    scope.done();
  });

  it('filters by calendar and status in a given zone, most recent first', async () => {
    const scope = highLevel().get('/contacts/c1/appointments').reply(200, { events });
    const found = await run<Array<Record<string, unknown>>>('searches', 'find_appointment', {
      contactId: 'c1',
      which: 'most_recent',
      calendarId: 'cal1',
      status: 'showed',
      timeZone: 'Europe/Paris',
    });
    expect(found).toEqual([
      expect.objectContaining({ id: 'past', startTime: '2026-11-20T10:00:00+01:00', startTimeUtc: '2026-11-20T09:00:00.000Z' }),
    ]);
    scope.done();
  });

  it('honours a window and returns [] when nothing matches (or the contact is gone)', async () => {
    const scope = highLevel()
      .get('/contacts/c1/appointments')
      .reply(200, { events })
      .get('/contacts/gone/appointments')
      .reply(404, { statusCode: 404, message: 'Contact not found' });
    await expect(
      run('searches', 'find_appointment', { contactId: 'c1', which: 'next', after: '2026-12-25T00:00:00Z', timeZone: 'UTC' }),
    ).resolves.toEqual([]);
    await expect(run('searches', 'find_appointment', { contactId: 'gone', which: 'next', timeZone: 'UTC' })).resolves.toEqual([]);
    scope.done();
  });

  it('refuses bad input before any request', async () => {
    await expect(run('searches', 'find_appointment', { contactId: 'c1', which: 'next', timeZone: 'Mars/Base' })).rejects.toThrow(/Time Zone \(timeZone\): expected an IANA time zone/);
    await expect(run('searches', 'find_appointment', { contactId: 'c1', which: 'soonest' })).rejects.toThrow(/Which Appointment \(which\): expected one of: next, most_recent/);
    await expect(run('searches', 'find_appointment', { which: 'next' })).rejects.toThrow(/Contact \(contactId\) is required/);
  });
});
