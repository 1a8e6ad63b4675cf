import {
  DAY_MS,
  eventWindowQuery,
  flattenFreeSlots,
  freeSlotsWindow,
  isoTime,
  nextDay,
  resourceIdOf,
  rollingWindow,
  startOfDayIn,
  utcTime,
  windowBound,
  withEventTimes,
  zoneOffsetMs,
} from '../../../src/fields/calendarTriggers';
import { inputs } from '../../../src/fields/kit';

const HOUR = 60 * 60 * 1000;

describe('calendar trigger time helpers', () => {
  it('reads New York’s offset on both sides of the 2026-03-08 spring-forward', () => {
    expect(zoneOffsetMs(Date.parse('2026-03-08T06:59:59Z'), 'America/New_York')).toBe(-5 * HOUR);
    expect(zoneOffsetMs(Date.parse('2026-03-08T07:00:00Z'), 'America/New_York')).toBe(-4 * HOUR);
    expect(zoneOffsetMs(Date.parse('2026-11-01T06:00:00Z'), 'America/New_York')).toBe(-5 * HOUR);
  });

  it('finds local midnight in the time zone, DST included', () => {
    expect(new Date(startOfDayIn('2026-03-07', 'America/New_York')).toISOString()).toBe('2026-03-07T05:00:00.000Z');
    expect(new Date(startOfDayIn('2026-03-08', 'America/New_York')).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(new Date(startOfDayIn('2026-03-09', 'America/New_York')).toISOString()).toBe('2026-03-09T04:00:00.000Z');
    // The day of the change is 23 hours long.
    expect(startOfDayIn('2026-03-09', 'America/New_York') - startOfDayIn('2026-03-08', 'America/New_York')).toBe(23 * HOUR);
    // Fall back: 2026-11-01 is 25 hours long.
    expect(startOfDayIn('2026-11-02', 'America/New_York') - startOfDayIn('2026-11-01', 'America/New_York')).toBe(25 * HOUR);
    expect(new Date(startOfDayIn('2026-03-08')).toISOString()).toBe('2026-03-08T00:00:00.000Z');
  });

  it('steps to the next calendar day across months and years', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });

  it('turns epoch times into ISO strings and keeps ISO strings with their offset', () => {
    expect(isoTime(1772953200000)).toBe('2026-03-08T07:00:00.000Z');
    expect(isoTime('1772953200000')).toBe('2026-03-08T07:00:00.000Z');
    expect(isoTime(1772953200)).toBe('2026-03-08T07:00:00.000Z');
    expect(isoTime('2026-03-08T03:00:00-04:00')).toBe('2026-03-08T03:00:00-04:00');
    expect(utcTime('2026-03-07T09:00:00-05:00')).toBe('2026-03-07T14:00:00.000Z');
    expect(utcTime('2026-03-09T09:00:00-04:00')).toBe('2026-03-09T13:00:00.000Z');
    expect(utcTime('soon')).toBeUndefined();
  });

  it('adds UTC start and end to an event and normalises its epoch times', () => {
    expect(withEventTimes({ id: 'e1', startTime: '2026-03-08T01:30:00-05:00', endTime: '2026-03-08T03:30:00-04:00', dateAdded: 1772953200000 })).toEqual({
      id: 'e1',
      startTime: '2026-03-08T01:30:00-05:00',
      endTime: '2026-03-08T03:30:00-04:00',
      startTimeUtc: '2026-03-08T06:30:00.000Z',
      endTimeUtc: '2026-03-08T07:30:00.000Z',
      dateAdded: '2026-03-08T07:00:00.000Z',
    });
  });
});

describe('the rolling event window', () => {
  it('runs from exactly 7×24 h before now to exactly 30×24 h after, across the DST change', () => {
    const now = Date.parse('2026-03-05T17:00:00Z'); // noon EST, 3 days before spring-forward
    const window = rollingWindow(now);
    expect(new Date(window.startTime).toISOString()).toBe('2026-02-26T17:00:00.000Z');
    expect(new Date(window.endTime).toISOString()).toBe('2026-04-04T17:00:00.000Z'); // 1 pm EDT
    expect(window.endTime - window.startTime).toBe(37 * DAY_MS);
  });

  it('refuses a window without calendar, user or group', () => {
    expect(() => eventWindowQuery({}, 'loc')).toThrow(/Calendar \(calendarId\), a User \(userId\) or a Calendar Group \(groupId\)/);
  });
});

describe('the free-slot window', () => {
  const fields = inputs({ startDate: windowBound({ label: 'Start' }), endDate: windowBound({ label: 'End' }) });

  it('reads bare dates as whole days in the time zone, across 2026-03-08 in New York', () => {
    const parsed = fields.parse({ startDate: '2026-03-07', endDate: '2026-03-09' });
    expect(parsed).toEqual({ startDate: { day: '2026-03-07' }, endDate: { day: '2026-03-09' } });
    const window = freeSlotsWindow({ ...parsed, timezone: 'America/New_York' });
    expect(new Date(window.startDate).toISOString()).toBe('2026-03-07T05:00:00.000Z');
    expect(new Date(window.endDate).toISOString()).toBe('2026-03-10T03:59:59.999Z');
    expect(window.endDate - window.startDate + 1).toBe(3 * DAY_MS - HOUR);
  });

  it('keeps full date-times as instants and defaults to now → 7 days', () => {
    const parsed = fields.parse({ startDate: '2026-03-07T09:00:00-05:00' });
    expect(freeSlotsWindow(parsed)).toEqual({ startDate: Date.parse('2026-03-07T14:00:00Z'), endDate: Date.parse('2026-03-14T14:00:00Z') });
    expect(freeSlotsWindow({}, 1_000)).toEqual({ startDate: 1_000, endDate: 1_000 + 7 * DAY_MS });
  });

  it('refuses a bad date, an end before the start and more than 31 days', () => {
    expect(() => fields.parse({ startDate: 'next tuesday-ish' })).toThrow(/Start \(startDate\): expected a date and time/);
    expect(() => fields.parse({ startDate: '2026-02-30' })).toThrow(/Start \(startDate\)/);
    expect(() => freeSlotsWindow({ startDate: { day: '2026-03-09' }, endDate: { day: '2026-03-08' } })).toThrow(/must be after Start/);
    expect(() => freeSlotsWindow({ startDate: { day: '2026-03-01' }, endDate: { day: '2026-04-01' } })).toThrow(/more than 31 days/);
    expect(freeSlotsWindow({ startDate: { day: '2026-03-01' }, endDate: { day: '2026-03-31' } }).endDate).toBe(Date.parse('2026-04-01T00:00:00Z') - 1);
  });
});

describe('flattenFreeSlots', () => {
  it('makes one item per slot, latest first, ignoring traceId', () => {
    const items = flattenFreeSlots(
      {
        '2026-03-07': { slots: ['2026-03-07T09:00:00-05:00'] },
        '2026-03-09': { slots: ['2026-03-09T09:00:00-04:00', '2026-03-09T10:00:00-04:00'] },
        traceId: 'abc',
      },
      'cal1',
      'America/New_York',
    );
    expect(items).toEqual([
      { id: 'cal1:2026-03-09T10:00:00-04:00', calendarId: 'cal1', date: '2026-03-09', startTime: '2026-03-09T10:00:00-04:00', startTimeUtc: '2026-03-09T14:00:00.000Z', timezone: 'America/New_York' },
      { id: 'cal1:2026-03-09T09:00:00-04:00', calendarId: 'cal1', date: '2026-03-09', startTime: '2026-03-09T09:00:00-04:00', startTimeUtc: '2026-03-09T13:00:00.000Z', timezone: 'America/New_York' },
      { id: 'cal1:2026-03-07T09:00:00-05:00', calendarId: 'cal1', date: '2026-03-07', startTime: '2026-03-07T09:00:00-05:00', startTimeUtc: '2026-03-07T14:00:00.000Z', timezone: 'America/New_York' },
    ]);
    expect(flattenFreeSlots([], 'cal1')).toEqual([]);
  });
});

describe('resourceIdOf', () => {
  it('uses _id or id when HighLevel sends one, else a fingerprint that ignores changing details', () => {
    expect(resourceIdOf({ _id: 'r1', name: 'Room' })).toBe('r1');
    expect(resourceIdOf({ id: 'r2', name: 'Room' })).toBe('r2');
    const a = resourceIdOf({ locationId: 'l', resourceType: 'rooms', name: 'Yoga Room', capacity: 10 });
    const b = resourceIdOf({ locationId: 'l', resourceType: 'rooms', name: 'Yoga Room', capacity: 12, isActive: false });
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(a).toBe(b);
    expect(resourceIdOf({ locationId: 'l', resourceType: 'rooms', name: 'Board Room' })).not.toBe(a);
  });
});
