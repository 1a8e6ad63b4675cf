import type { PlainOutputField } from 'zapier-platform-core';
import type { Json } from '../factories/common';
import { fingerprint } from '../factories/common';
import { calendarGroupId, calendarId, userId } from './dropdowns';
import type { Input } from './kit';
import { wallToInstant, zoneOffsetMinutes } from './timeZones';
import { choice, DATETIME_FORM, invalidInput, lazySchema, parseInstant } from './kit';

/**
 * Shapes shared by the Calendars & Appointments polling triggers: time windows (rolling and user-given),
 * time normalisation, free-slot flattening, resource ids, samples and output fields.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;

// ---------- times ----------

/**
 * A time a later step can map: epoch ms/seconds (number or digits) become an ISO string in UTC;
 * ISO strings are kept as HighLevel wrote them (with their offset); anything else is left alone.
 */
export const isoTime = (value: unknown): unknown => {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value < 1e11 ? value * 1000 : value).toISOString();
  if (typeof value === 'string' && /^\d{9,13}$/.test(value.trim())) return parseInstant(value.trim())?.toISOString() ?? value;
  return value;
};

/** The same instant in UTC (`2026-03-09T09:00:00-04:00` → `2026-03-09T13:00:00.000Z`), or undefined when it is not a time. */
export const utcTime = (value: unknown): string | undefined => {
  const normalized = isoTime(value);
  if (typeof normalized !== 'string') return undefined;
  const time = Date.parse(normalized);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
};

/** Offset of `timeZone` from UTC at the instant `ms`, in ms (New York: -5 h in winter, -4 h in summer). */
export const zoneOffsetMs = (ms: number, timeZone: string): number => zoneOffsetMinutes(timeZone, ms) * 60_000;

/**
 * Epoch ms of local midnight starting `day` (YYYY-MM-DD) in `timeZone`, daylight saving included:
 * 2026-03-08 in America/New_York starts at 05:00Z (EST), 2026-03-09 at 04:00Z (EDT).
 */
export const startOfDayIn = (day: string, timeZone = 'UTC'): number => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return wallToInstant(Date.UTC(year, month - 1, date), timeZone);
};

/** The day after `day` (YYYY-MM-DD), by the calendar. */
export const nextDay = (day: string): string => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
};

// ---------- rolling window (events, blocked slots) ----------

export const WINDOW_DAYS_BACK = 7;
export const WINDOW_DAYS_AHEAD = 30;
export const WINDOW_HELP = `Each check looks at appointments from ${WINDOW_DAYS_BACK} days ago to ${WINDOW_DAYS_AHEAD} days ahead.`;

/**
 * The window each poll reads, as epoch ms: exact multiples of 24 hours around now, so it needs no time zone
 * (across a daylight-saving change the far end is one wall-clock hour earlier or later, never a day off).
 */
export const rollingWindow = (now = Date.now(), daysBack = WINDOW_DAYS_BACK, daysAhead = WINDOW_DAYS_AHEAD) => ({
  startTime: now - daysBack * DAY_MS,
  endTime: now + daysAhead * DAY_MS,
});

/** The three owners HighLevel filters events by; the API needs at least one. */
export const eventOwnerInputs = {
  calendarId: calendarId({ helpText: `Only events of this calendar. Choose at least one of Calendar, User or Calendar Group. ${WINDOW_HELP}` }),
  userId: userId({ helpText: 'Only events owned by (assigned to) this user. Choose at least one of Calendar, User or Calendar Group.' }),
  groupId: calendarGroupId({ helpText: 'Only events of the calendars in this group. Choose at least one of Calendar, User or Calendar Group.' }),
};

/** Query for GET /calendars/events and /calendars/blocked-slots; refuses (before any request) when no owner is given. */
export const eventWindowQuery = (input: { calendarId?: string; userId?: string; groupId?: string }, locationId: string, now = Date.now()) => {
  if (!input.calendarId && !input.userId && !input.groupId) {
    throw invalidInput(['Choose a Calendar (calendarId), a User (userId) or a Calendar Group (groupId): HighLevel needs at least one of them.']);
  }
  const window = rollingWindow(now);
  return {
    locationId,
    ...(input.calendarId ? { calendarId: input.calendarId } : {}),
    ...(input.userId ? { userId: input.userId } : {}),
    ...(input.groupId ? { groupId: input.groupId } : {}),
    startTime: String(window.startTime),
    endTime: String(window.endTime),
  };
};

/** An event or appointment with its times as mappable strings. */
export const withEventTimes = (event: Json): Json => ({
  ...event,
  ...Object.fromEntries(
    ['startTime', 'endTime', 'dateAdded', 'dateUpdated'].filter((key) => event[key] !== undefined).map((key) => [key, isoTime(event[key])]),
  ),
  ...(utcTime(event.startTime) ? { startTimeUtc: utcTime(event.startTime) } : {}),
  ...(utcTime(event.endTime) ? { endTimeUtc: utcTime(event.endTime) } : {}),
});

// ---------- user-given window (free slots) ----------

/** A window bound: an instant, or a calendar day to read in the chosen time zone. */
export type WindowBound = { at: number } | { day: string };

/** A date and time, or a bare date (YYYY-MM-DD) that is read as a day in the time zone given with it. */
export const windowBound = <O extends { label: string; helpText?: string; required?: boolean }>(options: O): Input<WindowBound, O extends { required: true } ? true : false> => {
  const { required, ...rest } = options;
  return {
    field: { ...rest, type: 'datetime', required: Boolean(required) },
    schema: lazySchema((zod) =>
      zod.union([zod.string(), zod.number()]).transform((raw, ctx): WindowBound => {
      const value = String(raw).trim();
      const day = /^(\d{4}-\d{2}-\d{2})$/.exec(value)?.[1];
      const real = day ? new Date(`${day}T00:00:00Z`) : undefined;
      if (day && real && !Number.isNaN(real.getTime()) && real.toISOString().startsWith(day)) return { day };
      const date = day ? undefined : parseInstant(value);
      if (!date) {
        ctx.addIssue({ code: 'custom', message: `expected ${DATETIME_FORM} or a date such as 2026-01-31` });
        return zod.NEVER;
      }
      return { at: date.getTime() };
      }),
    ),
    required: Boolean(required) as O extends { required: true } ? true : false,
    kind: { kind: 'datetime' },
  };
};

export const FREE_SLOTS_MAX_DAYS = 31;
export const FREE_SLOTS_DEFAULT_DAYS = 7;

/**
 * startDate/endDate (epoch ms) for GET /calendars/{calendarId}/free-slots. A start day begins at local midnight,
 * an end day ends at the last millisecond before the next local midnight, both in `timeZone` (UTC when blank).
 * Defaults: now → 7 days ahead. Refuses an end before the start or a window over 31 days.
 */
export const freeSlotsWindow = (input: { startDate?: WindowBound; endDate?: WindowBound; timezone?: string }, now = Date.now()) => {
  const zone = input.timezone ?? 'UTC';
  const startDate = !input.startDate ? now : 'at' in input.startDate ? input.startDate.at : startOfDayIn(input.startDate.day, zone);
  const endDate = !input.endDate
    ? startDate + FREE_SLOTS_DEFAULT_DAYS * DAY_MS
    : 'at' in input.endDate
      ? input.endDate.at
      : startOfDayIn(nextDay(input.endDate.day), zone) - 1;
  if (endDate <= startDate) throw invalidInput(['End (endDate) must be after Start (startDate).']);
  if (endDate - startDate > FREE_SLOTS_MAX_DAYS * DAY_MS) {
    throw invalidInput([`Start (startDate) to End (endDate) spans more than ${FREE_SLOTS_MAX_DAYS} days, the most HighLevel allows.`]);
  }
  return { startDate, endDate };
};

/**
 * Flattens HighLevel's date-keyed answer (`{"2026-11-30": {"slots": [...]}, "traceId": ...}`) into one item per
 * open slot: `id` = calendar id + slot start, so the trigger fires when a slot opens. Latest slot first.
 */
export const flattenFreeSlots = (response: unknown, calendar: string, timeZone?: string): Json[] => {
  if (!response || typeof response !== 'object' || Array.isArray(response)) return [];
  const items: Json[] = [];
  for (const [date, entry] of Object.entries(response as Json)) {
    const slots = entry && typeof entry === 'object' ? (entry as Json).slots : undefined;
    if (!Array.isArray(slots)) continue;
    for (const slot of slots) {
      if (typeof slot !== 'string' || !slot) continue;
      items.push({
        id: `${calendar}:${slot}`,
        calendarId: calendar,
        date,
        startTime: slot,
        startTimeUtc: utcTime(slot) ?? null,
        ...(timeZone ? { timezone: timeZone } : {}),
      });
    }
  }
  return items.sort((a, b) => Date.parse(String(b.startTime)) - Date.parse(String(a.startTime)));
};

// ---------- resources ----------

export const resourceTypeInput = (helpText: string) =>
  choice({ label: 'Resource Type', required: true, values: { rooms: 'Rooms', equipments: 'Equipment' }, helpText, altersDynamicFields: true });

/** A resource's id: HighLevel's `_id`/`id` when present (the spec documents none), else a fingerprint of what identifies it. */
export const resourceIdOf = (resource: Json): string => {
  const value = resource._id ?? resource.id;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return fingerprint({ locationId: resource.locationId, resourceType: resource.resourceType, name: resource.name });
};

// ---------- samples ----------

export const calendarGroupSample = {
  id: 'ocQHyuzHvysMo5N5VsXc',
  locationId: 've9EPM428h8vShlRW1KT',
  name: 'Sales Team',
  description: 'Discovery and demo calls',
  slug: 'sales-team',
  isActive: true,
};

export const calendarSample = {
  id: '0TkCdp9PfvLeWKYRRvIz',
  locationId: 've9EPM428h8vShlRW1KT',
  groupId: 'ocQHyuzHvysMo5N5VsXc',
  name: 'Discovery Call',
  description: 'A 30 minute call to get to know you',
  slug: 'discovery-call',
  widgetSlug: 'discovery-call',
  calendarType: 'round_robin',
  eventType: 'RoundRobin_OptimizeForAvailability',
  eventTitle: '{{contact.name}}',
  eventColor: '#039be5',
  slotDuration: 30,
  slotDurationUnit: 'mins',
  slotInterval: 30,
  slotIntervalUnit: 'mins',
  isActive: true,
  teamMembers: [{ userId: 'YlWd2wuCAZQzh2cH1fVZ', priority: 0.5, isPrimary: true }],
};

export const eventSample = {
  id: 'ocWd2wuBGAQzh2cH1fSZ',
  title: 'Discovery Call with Rosan Deo',
  calendarId: '0TkCdp9PfvLeWKYRRvIz',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: '9NkT25Vor1v4aQatFsv2',
  groupId: 'ocQHyuzHvysMo5N5VsXc',
  appointmentStatus: 'confirmed',
  assignedUserId: 'YlWd2wuCAZQzh2cH1fVZ',
  users: ['YlWd2wuCAZQzh2cH1fVZ'],
  address: 'https://meet.google.com/yqp-gogr-wve',
  notes: 'Wants a demo of the reporting',
  isRecurring: false,
  startTime: '2026-11-30T09:00:00-05:00',
  endTime: '2026-11-30T09:30:00-05:00',
  startTimeUtc: '2026-11-30T14:00:00.000Z',
  endTimeUtc: '2026-11-30T14:30:00.000Z',
  dateAdded: '2026-11-20T10:15:00.000Z',
  dateUpdated: '2026-11-20T10:15:00.000Z',
};

export const blockedSlotSample = {
  ...eventSample,
  id: 'BkWd2wuBGAQzh2cH1fAA',
  title: 'Team offsite',
  contactId: '',
  appointmentStatus: '',
  notes: '',
  address: '',
};

export const freeSlotSample = {
  id: '0TkCdp9PfvLeWKYRRvIz:2026-11-30T09:00:00-05:00',
  calendarId: '0TkCdp9PfvLeWKYRRvIz',
  date: '2026-11-30',
  startTime: '2026-11-30T09:00:00-05:00',
  startTimeUtc: '2026-11-30T14:00:00.000Z',
  timezone: 'America/New_York',
};

export const appointmentNoteSample = {
  id: 'HGPcayliwcdoUFzvbTok',
  body: 'Call went well, sending the proposal.',
  userId: 'TUcmRxWrjqzJS8EjkxNK',
  contactId: '9NkT25Vor1v4aQatFsv2',
  dateAdded: '2026-11-30T15:02:11.285Z',
  createdBy: { id: 'TUcmRxWrjqzJS8EjkxNK', name: 'Alex Smith' },
};

export const calendarNotificationSample = {
  id: '66a1b2c3d4e5f60718293a4b',
  _id: '66a1b2c3d4e5f60718293a4b',
  receiverType: 'contact',
  channel: 'email',
  notificationType: 'reminder',
  isActive: true,
  templateId: '0as9d8as0d',
  subject: 'Your appointment is tomorrow',
  body: 'See you tomorrow at {{appointment.start_time}}.',
  beforeTime: [{ timeOffset: 1, unit: 'days' }],
  afterTime: [],
  additionalEmailIds: [],
  selectedUsers: [],
  deleted: false,
};

// ---------- output fields ----------


/** One list of a calendar's (and a group's) output fields, shared with the calendar actions. */
export { calendarOutputFields, groupOutputFields as calendarGroupOutputFields } from './calendarActions';

export const eventOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Event ID' },
  { key: 'title', label: 'Title' },
  { key: 'startTime', label: 'Start Time', type: 'datetime' },
  { key: 'endTime', label: 'End Time', type: 'datetime' },
  { key: 'startTimeUtc', label: 'Start Time (UTC)', type: 'datetime' },
  { key: 'endTimeUtc', label: 'End Time (UTC)', type: 'datetime' },
  { key: 'appointmentStatus', label: 'Appointment Status' },
  { key: 'calendarId', label: 'Calendar ID' },
  { key: 'groupId', label: 'Group ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'assignedUserId', label: 'Assigned User ID' },
  { key: 'address', label: 'Meeting Location' },
  { key: 'notes', label: 'Notes' },
  { key: 'isRecurring', label: 'Recurring', type: 'boolean' },
  { key: 'masterEventId', label: 'Master Event ID' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'dateUpdated', label: 'Date Updated', type: 'datetime' },
  { key: 'locationId', label: 'Sub-account' },
];

export const freeSlotOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Slot ID (calendar + start)' },
  { key: 'calendarId', label: 'Calendar ID' },
  { key: 'date', label: 'Date' },
  { key: 'startTime', label: 'Slot Start', type: 'datetime' },
  { key: 'startTimeUtc', label: 'Slot Start (UTC)', type: 'datetime' },
  { key: 'timezone', label: 'Time Zone' },
];

export const appointmentNoteOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Note ID' },
  { key: 'body', label: 'Note' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'userId', label: 'User ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'createdBy__name', label: 'Created By' },
  { key: 'appointmentId', label: 'Appointment ID' },
];

export const calendarNotificationOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Notification ID' },
  { key: 'notificationType', label: 'Notification Type' },
  { key: 'channel', label: 'Channel' },
  { key: 'receiverType', label: 'Receiver' },
  { key: 'subject', label: 'Subject' },
  { key: 'body', label: 'Body' },
  { key: 'templateId', label: 'Template ID' },
  { key: 'isActive', label: 'Active', type: 'boolean' },
  { key: 'deleted', label: 'Deleted', type: 'boolean' },
  { key: 'calendarId', label: 'Calendar ID' },
];

