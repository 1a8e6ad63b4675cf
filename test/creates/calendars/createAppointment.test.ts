import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('create_appointment (Create Appointment)', () => {
  it('books with zone-less times read in the chosen zone (EDT on 2026-03-08) and the mapped fields', async () => {
    const scope = highLevel('2021-04-15')
      .post('/calendars/events/appointments', {
        locationId: LOCATION_ID,
        calendarId: 'cal1',
        contactId: 'c1',
        title: 'Intro call',
        startTime: '2026-03-08T10:00:00-04:00',
        endTime: '2026-03-08T10:30:00-04:00',
        appointmentStatus: 'confirmed',
        meetingLocationType: 'zoom',
        ignoreDateRange: true,
        toNotify: false,
        assignedUserId: 'u1',
        overrideLocationConfig: true,
      })
      .reply(200, { id: 'evt1', calendarId: 'cal1', contactId: 'c1', locationId: LOCATION_ID, startTime: '2026-03-08T10:00:00-04:00' });
    const appointment = await run('creates', 'create_appointment', {
      calendarId: 'cal1',
      contactId: 'c1',
      title: 'Intro call',
      startTime: '2026-03-08 10:00',
      endTime: '2026-03-08T10:30:00',
      timeZone: 'America/New_York',
      appointmentStatus: 'confirmed',
      userId: 'u1',
      meetingLocationType: 'zoom',
      ignoreDateRange: 'yes',
      toNotify: 'no',
      address: '',
    });
    expect(appointment).toEqual({ id: 'evt1', calendarId: 'cal1', contactId: 'c1', locationId: LOCATION_ID, startTime: '2026-03-08T10:00:00-04:00' });
    scope.done();
  });

  it('keeps the offset Zapier sent when no time zone is chosen', async () => {
    const scope = highLevel('2021-04-15')
      .post('/calendars/events/appointments', { locationId: LOCATION_ID, calendarId: 'cal1', contactId: 'c1', startTime: '2021-06-23T03:30:00+05:30' })
      .reply(200, { id: 'evt2' });
    expect(await run('creates', 'create_appointment', { calendarId: 'cal1', contactId: 'c1', startTime: '2021-06-23T03:30:00+05:30' })).toEqual({ id: 'evt2' });
    scope.done();
  });

  it("keeps a time's own offset even with a time zone chosen (HighLevel matches free slots offset included)", async () => {
    const scope = highLevel('2021-04-15')
      .post('/calendars/events/appointments', { locationId: LOCATION_ID, calendarId: 'cal1', contactId: 'c1', startTime: '2026-07-16T11:00:00-05:00' })
      .reply(200, { id: 'evt3' });
    await run('creates', 'create_appointment', { calendarId: 'cal1', contactId: 'c1', startTime: '2026-07-16T11:00:00-05:00', timeZone: 'America/New_York' });
    scope.done();
  });

  it.each([
    ['Selected slot duration is not a valid duration option for this calendar', /End Time.*slot length.*Slot Duration.*Book Outside Free Slots.*HighLevel said:.*not a valid duration option/s],
    ['The slot you have selected is no longer available', /Start Time.*not one of the calendar's free slots.*Get Free Slots.*offset included.*HighLevel said:.*no longer available/s],
  ])('turns "%s" into what to do', async (refusal, expected) => {
    const scope = highLevel('2021-04-15').post('/calendars/events/appointments').reply(400, { statusCode: 400, message: refusal, traceId: 't' });
    await expect(run('creates', 'create_appointment', { calendarId: 'cal1', contactId: 'c1', startTime: '2026-07-16T11:00:00-04:00' })).rejects.toThrow(expected);
    scope.done();
  });

  it('refuses a bad time, an unknown status, a bad time zone and a missing contact before sending', async () => {
    const base = { calendarId: 'cal1', contactId: 'c1', startTime: '2026-03-08T10:00:00Z' };
    await expect(run('creates', 'create_appointment', { ...base, startTime: 'next tuesday' })).rejects.toThrow(/Start Time \(startTime\): expected a date and time/);
    await expect(run('creates', 'create_appointment', { ...base, appointmentStatus: 'done' })).rejects.toThrow(/Status \(appointmentStatus\): expected one of/);
    await expect(run('creates', 'create_appointment', { ...base, timeZone: 'Eastern' })).rejects.toThrow(/Time Zone \(timeZone\): expected an IANA time zone/);
    await expect(run('creates', 'create_appointment', { ...base, endTime: '2026-03-08T09:00:00Z' })).rejects.toThrow(/End Time \(endTime\) must be after/);
    await expect(run('creates', 'create_appointment', { calendarId: 'cal1', startTime: base.startTime })).rejects.toThrow(/Contact \(contactId\) is required/);
  });
});
