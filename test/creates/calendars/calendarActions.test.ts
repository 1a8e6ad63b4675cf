import { appointmentBody, blockSlotBody, calendarBody, notificationBody, parseEventTime, toOffsetIso, wallToInstant, zoneOffsetMinutes } from '../../../src/fields/calendarActions';
import type { EventTime } from '../../../src/fields/calendarActions';

const at = (text: string): EventTime => {
  const parsed = parseEventTime(text);
  if (!parsed) throw new Error(`unparsed ${text}`);
  return parsed;
};

describe('calendar time conversion', () => {
  it('keeps the offset a time was written with when no time zone is chosen', () => {
    expect(toOffsetIso(at('2026-03-08T10:00:00-05:00'))).toBe('2026-03-08T10:00:00-05:00');
    expect(toOffsetIso(at('2021-06-23T03:30:00+05:30'))).toBe('2021-06-23T03:30:00+05:30');
    expect(toOffsetIso(at('2026-03-08T15:00:00Z'))).toBe('2026-03-08T15:00:00+00:00');
    expect(toOffsetIso(at('2026-03-08 10:00'))).toBe('2026-03-08T10:00:00+00:00');
  });

  it('uses the zone offset of the date itself across the 2026-03-08 spring-forward in America/New_York', () => {
    const zone = 'America/New_York';
    // Before 02:00 local the zone is EST (-05:00), after it EDT (-04:00).
    expect(toOffsetIso(at('2026-03-08T01:30:00'), zone)).toBe('2026-03-08T01:30:00-05:00');
    expect(toOffsetIso(at('2026-03-08T10:00:00'), zone)).toBe('2026-03-08T10:00:00-04:00');
    expect(toOffsetIso(at('2026-03-07T10:00:00'), zone)).toBe('2026-03-07T10:00:00-05:00');
    // A time written with an offset is sent as written, whatever the zone: HighLevel matches free slots offset included.
    expect(toOffsetIso(at('2026-03-08T15:00:00Z'), zone)).toBe('2026-03-08T15:00:00+00:00');
    expect(toOffsetIso(at('2026-03-07T10:00:00-06:00'), zone)).toBe('2026-03-07T10:00:00-06:00');
    // 02:30 does not exist that night: it moves forward by the jump.
    expect(toOffsetIso(at('2026-03-08T02:30:00'), zone)).toBe('2026-03-08T03:30:00-04:00');
    expect(zoneOffsetMinutes(zone, Date.UTC(2026, 2, 8, 6, 59))).toBe(-300);
    expect(zoneOffsetMinutes(zone, Date.UTC(2026, 2, 8, 7, 0))).toBe(-240);
  });

  it('takes the first of a repeated hour at the fall-back (2026-11-01 01:30 New York)', () => {
    expect(new Date(wallToInstant(Date.UTC(2026, 10, 1, 1, 30), 'America/New_York')).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(toOffsetIso(at('2026-11-01T01:30:00'), 'America/New_York')).toBe('2026-11-01T01:30:00-04:00');
    expect(toOffsetIso(at('2026-07-01T09:00:00'), 'Asia/Kolkata')).toBe('2026-07-01T09:00:00+05:30');
  });

  it('reads epoch numbers and refuses impossible dates', () => {
    expect(toOffsetIso(at('1772982000000'))).toBe('2026-03-08T15:00:00+00:00');
    expect(parseEventTime('2026-02-30T10:00:00')).toBeUndefined();
    expect(parseEventTime('tomorrow at ten')).toBeUndefined();
  });
});

describe('calendar body helpers', () => {
  it('shapes an appointment: times, assigned user, overrideLocationConfig', () => {
    expect(
      appointmentBody({ title: 'Call', userId: 'u1', startTime: at('2026-03-08T10:00:00'), timeZone: 'America/New_York', meetingLocationType: 'zoom' }),
    ).toEqual({ title: 'Call', meetingLocationType: 'zoom', startTime: '2026-03-08T10:00:00-04:00', assignedUserId: 'u1', overrideLocationConfig: true });
    expect(appointmentBody({ meetingLocationId: 'custom_0' })).toEqual({ meetingLocationId: 'custom_0', overrideLocationConfig: false });
    expect(() => appointmentBody({ startTime: at('2026-03-08T10:00:00Z'), endTime: at('2026-03-08T09:00:00Z') })).toThrow(/End Time \(endTime\) must be after/);
  });

  it('maps team members, notification schedules and block slot owners', () => {
    expect(calendarBody({ name: 'Intro', userIds: ['u1', 'u2'] })).toEqual({
      name: 'Intro',
      teamMembers: [
        { userId: 'u1', isPrimary: true },
        { userId: 'u2', isPrimary: false },
      ],
    });
    expect(notificationBody({ calendarId: 'c', channel: 'sms', beforeTimeOffset: 2 })).toEqual({ channel: 'sms', beforeTime: [{ timeOffset: 2, unit: 'hours' }] });
    expect(() => blockSlotBody({ calendarId: 'c', assignedUserId: 'u' })).toThrow(/either a Calendar/);
    expect(() => blockSlotBody({})).toThrow(/either a Calendar/);
  });
});
