import type { PlainOutputField } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';
import { calendarGroupId, calendarId, contactId, userId, userIds } from './dropdowns';
import type { Input } from './kit';
import { wallToInstant, zoneOffsetMinutes } from './timeZones';
import { boolean, choice, compact, email, id, integer, invalidInput, lazySchema, list, number, omit, optional, parseInstant, phone, string, text, timezone, url } from './kit';

/**
 * Shapes shared by the Calendars & Appointments actions (spec: apps/calendars.json, Version 2021-04-15):
 * input sets for create/update pairs, body-shaping helpers, time conversion, samples and output fields.
 */

// ---------------------------------------------------------------- time

/**
 * A start or end time as the user mapped it: an instant with the offset it was written with
 * (`2026-03-08T10:00:00-05:00`, epoch numbers), or a wall-clock time without offset (`2026-03-08 10:00`)
 * that is read in the chosen time zone.
 */
export type EventTime = { kind: 'instant'; ms: number; offsetMinutes: number } | { kind: 'wall'; wallMs: number };

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export const parseEventTime = (raw: string): EventTime | undefined => {
  const value = raw.trim();
  const match = WALL.exec(value);
  if (match) {
    const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '0', zone] = match;
    const parts = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)] as const;
    const wallMs = Date.UTC(...parts, Number(frac.padEnd(3, '0')));
    const check = new Date(wallMs);
    if (check.getUTCMonth() !== parts[1] || check.getUTCDate() !== parts[2] || check.getUTCHours() !== parts[3] || parts[4] > 59 || parts[5] > 59) {
      return undefined;
    }
    if (!zone) return { kind: 'wall', wallMs };
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.replace(/[^\d]/g, '');
    const offsetMinutes = zone.toUpperCase() === 'Z' ? 0 : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
    return { kind: 'instant', ms: wallMs - offsetMinutes * 60_000, offsetMinutes };
  }
  const date = parseInstant(value);
  return date ? { kind: 'instant', ms: date.getTime(), offsetMinutes: 0 } : undefined;
};

export { wallToInstant, zoneOffsetMinutes } from './timeZones';

const formatOffset = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '+';
  const total = Math.abs(minutes);
  return `${sign}${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

/** The instant of an event time (a wall-clock time without a time zone is read as UTC). */
export const instantOf = (value: EventTime, timeZone?: string): number =>
  value.kind === 'instant' ? value.ms : timeZone ? wallToInstant(value.wallMs, timeZone) : value.wallMs;

/**
 * ISO 8601 with an offset (`2026-03-08T10:00:00-04:00`), as the appointment and block-slot endpoints take it. A time
 * written with an offset keeps it: HighLevel matches a start against its free slots as it wrote them, offset included
 * (docs/highlevel-in-practice.md), so re-rendering it in another zone gets "The slot you have selected is no longer
 * available". A wall-clock time is read in the chosen time zone (UTC when none) and sent with that zone's offset.
 */
export const toOffsetIso = (value: EventTime, timeZone?: string): string => {
  const ms = instantOf(value, timeZone);
  const offset = value.kind === 'instant' ? value.offsetMinutes : timeZone ? zoneOffsetMinutes(timeZone, ms) : 0;
  return `${new Date(ms + offset * 60_000).toISOString().slice(0, 19)}${formatOffset(offset)}`;
};

export const EVENT_TIME_FORM = 'a date and time such as 2026-03-08T10:00:00-05:00 or 2026-03-08 10:00';
type Req<O> = O extends { required: true } ? true : false;
/** A start/end time input: a Zapier datetime, kept with its offset so the time zone step can place it. */
export const eventTime = <O extends { label: string; helpText?: string; required?: boolean }>(options: O): Input<EventTime, Req<O>> => {
  const { required, ...rest } = options;
  return {
    field: { ...rest, type: 'datetime', required: Boolean(required) },
    schema: lazySchema((zod) =>
      zod.union([zod.string(), zod.number()]).transform((raw, ctx) => {
        const parsed = parseEventTime(String(raw));
        if (!parsed) {
          ctx.addIssue({ code: 'custom', message: `expected ${EVENT_TIME_FORM}` });
          return zod.NEVER;
        }
        return parsed;
      }),
    ),
    required: Boolean(required) as Req<O>,
    kind: { kind: 'datetime' },
  };
};

const timeZoneInput = timezone({
  label: 'Time Zone',
  helpText:
    'IANA time zone such as America/New_York, for times mapped without an offset (such as 2026-03-08 10:00): they are read in this zone and sent with its offset on that date (daylight saving included); UTC when empty. Times with an offset are sent exactly as written.',
});

/** `startTime`/`endTime` as ISO with offset; refuses an end that is not after the start, and a time zone without times. */
export const eventTimes = (input: { startTime?: EventTime; endTime?: EventTime; timeZone?: string }) => {
  const { startTime, endTime, timeZone } = input;
  // A time zone alone would be dropped without a word (it only says how to read the times): say what it needs.
  if (timeZone && !startTime && !endTime) {
    throw invalidInput(['Time Zone (timeZone) needs a Start Time (startTime) or an End Time (endTime): it says how to read them.']);
  }
  if (startTime && endTime && instantOf(endTime, timeZone) <= instantOf(startTime, timeZone)) {
    throw invalidInput(['End Time (endTime) must be after Start Time (startTime).']);
  }
  return compact({
    startTime: startTime && toOffsetIso(startTime, timeZone),
    endTime: endTime && toOffsetIso(endTime, timeZone),
  });
};

// ---------------------------------------------------------------- groups

export const groupInputs = {
  name: string({ label: 'Name', required: true, helpText: 'The group name, such as "Sales team".' }),
  description: text({ label: 'Description', required: true }),
  slug: string({ label: 'Slug', required: true, helpText: 'The group’s URL part, such as sales-team (lowercase letters, digits and dashes). Check it with Validate Group Slug.' }),
};
export const groupSlugInput = groupInputs.slug;

export const groupSample = {
  id: 'ocQHyuzHvysMo5N5VsXc',
  locationId: 'ocQHyuzHvysMo5N5VsXc',
  name: 'group a',
  description: 'group description',
  slug: '15-mins',
  isActive: true,
};
export const groupOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Group ID' },
  { key: 'name', label: 'Name' },
  { key: 'description', label: 'Description' },
  { key: 'slug', label: 'Slug' },
  { key: 'isActive', label: 'Active', type: 'boolean' },
  { key: 'locationId', label: 'Sub-account' },
];

// ---------------------------------------------------------------- calendars

const unit = (label: string) => choice({ label, values: { mins: 'Minutes', hours: 'Hours' } });

/** The calendar settings most people set (CalendarCreateDTO); keys are HighLevel's, except `userIds` → `teamMembers`. */
export const calendarInputs = {
  name: string({ label: 'Name', required: true }),
  description: text({ label: 'Description' }),
  calendarType: choice({
    label: 'Calendar Type',
    helpText: 'Round Robin, Collective, Class and Service calendars need team members; a Personal calendar exactly one.',
    values: {
      event: 'Event',
      round_robin: 'Round Robin',
      collective: 'Collective',
      class_booking: 'Class Booking',
      service_booking: 'Service Booking',
      personal: 'Personal',
    },
  }),
  groupId: calendarGroupId({ label: 'Group' }),
  slug: string({ label: 'Slug', helpText: 'The booking URL part, such as intro-call.' }),
  widgetSlug: string({ label: 'Widget Slug', helpText: 'The booking widget URL part, such as intro-call.' }),
  userIds: userIds({
    label: 'Team Members',
    helpText:
      'Users who take the bookings. The first one is marked primary (collective calendars need one primary member). On an update, these replace the current team members; leave empty to keep them.',
  }),
  eventType: choice({
    label: 'Round Robin Distribution',
    helpText: 'Only for Round Robin calendars.',
    values: { RoundRobin_OptimizeForAvailability: 'Optimize for availability', RoundRobin_OptimizeForEqualDistribution: 'Optimize for equal distribution' },
  }),
  eventTitle: string({ label: 'Event Title', helpText: 'Title of booked appointments; may use merge fields such as {{contact.name}}.' }),
  eventColor: string({ label: 'Event Color', helpText: 'Hex color such as #039be5.' }),
  slotDuration: integer({ label: 'Slot Duration', min: 1, helpText: 'Length of a meeting, in the unit below (HighLevel default 30 minutes).' }),
  slotDurationUnit: unit('Slot Duration Unit'),
  slotInterval: integer({ label: 'Slot Interval', min: 1, helpText: 'Time between the start of two bookable slots (HighLevel default 30 minutes).' }),
  slotIntervalUnit: unit('Slot Interval Unit'),
  slotBuffer: integer({ label: 'Buffer After', min: 0, helpText: 'Extra time after each appointment to wrap up.' }),
  slotBufferUnit: unit('Buffer After Unit'),
  preBuffer: integer({ label: 'Buffer Before', min: 0, helpText: 'Extra time before each appointment to get ready.' }),
  preBufferUnit: unit('Buffer Before Unit'),
  appoinmentPerSlot: integer({ label: 'Appointments per Slot', min: 1, helpText: 'Maximum bookings per slot and user (seats per slot for Class Booking).' }),
  appoinmentPerDay: integer({ label: 'Appointments per Day', min: 1, helpText: 'Maximum bookings on one day.' }),
  allowBookingAfter: integer({ label: 'Minimum Scheduling Notice', min: 0, helpText: 'How long in advance a booking must be made.' }),
  allowBookingAfterUnit: choice({ label: 'Minimum Scheduling Notice Unit', values: { hours: 'Hours', days: 'Days', weeks: 'Weeks', months: 'Months' } }),
  allowBookingFor: integer({ label: 'Booking Window', min: 1, helpText: 'How far into the future bookings are allowed.' }),
  allowBookingForUnit: choice({ label: 'Booking Window Unit', values: { days: 'Days', weeks: 'Weeks', months: 'Months' } }),
  autoConfirm: boolean({ label: 'Auto-confirm Appointments' }),
  allowReschedule: boolean({ label: 'Allow Reschedule' }),
  allowCancellation: boolean({ label: 'Allow Cancellation' }),
  isActive: boolean({ label: 'Active', helpText: 'No saves the calendar as a draft.' }),
  notes: text({ label: 'Notes', helpText: 'Notes added to booked appointments.' }),
  calendarCoverImage: url({ label: 'Cover Image URL' }),
};
/** CalendarUpdateDTO has neither `calendarType` nor `slotBufferUnit`, and nothing is required. */
export const calendarUpdateInputs = optional(omit(calendarInputs, 'calendarType', 'slotBufferUnit'));

/** `userIds` become `teamMembers: [{userId, isPrimary}]`, the first user primary. */
export const calendarBody = <I extends { userIds?: string[] }>(input: I) => {
  const { userIds: members, ...rest } = input;
  return compact({ ...rest, teamMembers: members?.map((memberId, index) => ({ userId: memberId, isPrimary: index === 0 })) });
};

export const calendarSample = {
  id: '0TkCdp9PfvLeWKYRRvIz',
  locationId: 'ocQHyuzHvysMo5N5VsXc',
  groupId: 'BqTwX8QFwXzpegMve9EQ',
  name: 'test calendar',
  description: 'this is used for testing',
  slug: 'test1',
  widgetSlug: 'test1',
  calendarType: 'round_robin',
  eventType: 'RoundRobin_OptimizeForAvailability',
  eventTitle: '{{contact.name}}',
  eventColor: '#039be5',
  teamMembers: [{ userId: 'ocQHyuzHvysMo5N5VsXc', priority: 0.5, isPrimary: true }],
  slotDuration: 30,
  slotDurationUnit: 'mins',
  slotInterval: 30,
  slotIntervalUnit: 'mins',
  slotBuffer: 0,
  preBuffer: 0,
  appoinmentPerSlot: 1,
  autoConfirm: true,
  allowReschedule: true,
  allowCancellation: true,
  isActive: true,
};
export const calendarOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Calendar ID' },
  { key: 'name', label: 'Name' },
  { key: 'description', label: 'Description' },
  { key: 'calendarType', label: 'Calendar Type' },
  { key: 'groupId', label: 'Group ID' },
  { key: 'slug', label: 'Slug' },
  { key: 'widgetSlug', label: 'Widget Slug' },
  { key: 'teamMembers[]userId', label: 'Team Member User ID' },
  { key: 'slotDuration', label: 'Slot Duration', type: 'number' },
  { key: 'slotDurationUnit', label: 'Slot Duration Unit' },
  { key: 'slotInterval', label: 'Slot Interval', type: 'number' },
  { key: 'isActive', label: 'Active', type: 'boolean' },
  { key: 'locationId', label: 'Sub-account' },
];

// ---------------------------------------------------------------- appointments and block slots

export const eventIdInput = id({
  label: 'Event',
  required: true,
  helpText: 'The appointment or block slot: map its ID from an earlier step (Create Appointment, Create Block Slot, or a calendar event trigger).',
});

export const appointmentIdInput = id({
  label: 'Appointment',
  required: true,
  helpText: 'The appointment: map its ID from an earlier step (Create Appointment, List Calendar Events or Get Contact Appointments).',
});

export const blockSlotIdInput = id({
  label: 'Block Slot',
  required: true,
  helpText: 'The block slot: map its ID from an earlier step (Create Block Slot or List Blocked Slots).',
});

const startEnd = {
  startTime: eventTime({ label: 'Start Time', helpText: 'Such as 2026-03-08T10:00:00-05:00. See Time Zone for times without an offset.' }),
  endTime: eventTime({
    label: 'End Time',
    helpText:
      "Such as 2026-03-08T11:00:00-05:00. Must be after the start. Unless Book Outside Free Slots is Yes, the time from start to end must be the calendar's slot length (its Slot Duration setting, such as 30 minutes).",
  }),
  timeZone: timeZoneInput,
};

/** AppointmentEditSchema (every field optional); create adds `contactId` and requires calendar and start. */
export const appointmentUpdateInputs = {
  calendarId: calendarId(),
  title: string({ label: 'Title' }),
  ...startEnd,
  appointmentStatus: choice({
    label: 'Status',
    values: { new: 'New', confirmed: 'Confirmed', cancelled: 'Cancelled', showed: 'Showed', noshow: 'No-show', invalid: 'Invalid' },
  }),
  userId: userId({ label: 'Assigned User', helpText: 'The user the appointment is assigned to.' }),
  description: text({ label: 'Description' }),
  meetingLocationType: choice({
    label: 'Meeting Location Type',
    helpText: 'Where the meeting happens. With a mapped Address and no type, HighLevel uses Custom.',
    values: { custom: 'Custom', address: 'Address (in person)', phone: 'Phone', zoom: 'Zoom', gmeet: 'Google Meet', ms_teams: 'Microsoft Teams', google: 'Google' },
  }),
  meetingLocationId: id({
    label: 'Meeting Location',
    helpText:
      'One of the calendar’s configured meeting locations, such as custom_0: map it from an earlier step’s calendar output (Get Calendar or List Calendars, in Location Configurations).',
  }),
  address: string({ label: 'Address / Meeting Link', helpText: 'Street address, phone number or meeting URL.' }),
  ignoreDateRange: boolean({ label: 'Ignore Scheduling Notice and Date Range' }),
  ignoreFreeSlotValidation: boolean({ label: 'Book Outside Free Slots', helpText: 'Yes books even when the time is not a free slot of the calendar.' }),
  toNotify: boolean({ label: 'Run Automations', helpText: 'No stops HighLevel workflows and notifications from running for this change.' }),
  rrule: string({
    label: 'Recurrence Rule',
    helpText: 'iCalendar RRULE such as RRULE:FREQ=WEEKLY;COUNT=4. Applied only with Book Outside Free Slots = Yes.',
  }),
};
export const appointmentCreateInputs = {
  calendarId: calendarId({ required: true }),
  contactId: contactId({ required: true }),
  ...omit(appointmentUpdateInputs, 'calendarId'),
  startTime: eventTime({ label: 'Start Time', required: true, helpText: startEnd.startTime.field.helpText }),
};

type AppointmentInput = { [K in keyof typeof appointmentUpdateInputs]?: unknown } & {
  userId?: string;
  startTime?: EventTime;
  endTime?: EventTime;
  timeZone?: string;
  meetingLocationType?: string;
  meetingLocationId?: string;
};

/**
 * The appointment body: times as ISO with offset, `userId` → `assignedUserId`, and `overrideLocationConfig`
 * as the spec describes it (true with only a location type, false with only a location id).
 */
export const appointmentBody = <I extends AppointmentInput>(input: I) => {
  const { userId: assignedUserId, startTime, endTime, timeZone, ...rest } = input;
  const { meetingLocationType: type, meetingLocationId: locationId } = input;
  return compact({
    ...rest,
    ...eventTimes({ startTime, endTime, timeZone }),
    assignedUserId,
    overrideLocationConfig: type && !locationId ? true : locationId && !type ? false : undefined,
  });
};

/**
 * HighLevel's two slot refusals (docs/highlevel-in-practice.md), as messages that say what to do; HighLevel's own
 * words are kept at the end. Other errors are left as they are.
 */
const SLOT_REFUSALS: Array<{ words: RegExp; whatToDo: string }> = [
  {
    words: /not a valid duration option/i,
    whatToDo:
      "HighLevel refused the End Time: the time from start to end must be the calendar's slot length (its Slot Duration setting, such as 30 minutes). Map an End Time that is one slot after the Start Time, or set Book Outside Free Slots to Yes.",
  },
  {
    words: /no longer available/i,
    whatToDo:
      "HighLevel refused the Start Time: it is not one of the calendar's free slots. Map a start from the Get Free Slots trigger as it is (its offset included), choose another time, or set Book Outside Free Slots to Yes.",
  },
];

export const explainSlotRefusal = (error: unknown): Error | undefined => {
  const message = error instanceof Error ? error.message : '';
  const refusal = SLOT_REFUSALS.find(({ words }) => words.test(message));
  if (!refusal) return undefined;
  return new errors.Error(`${refusal.whatToDo} HighLevel said: ${message}`, 'SlotRefused', 422);
};

export const appointmentSample = {
  id: '0TkCdp9PfvLeWKYRRvIz',
  calendarId: 'CVokAlI8fgw4WYWoCtQz',
  locationId: 'C2QujeCh8ZnC7al2InWR',
  contactId: '0007BWpSzSwfiuSl0tR2',
  startTime: '2026-03-08T10:00:00-04:00',
  endTime: '2026-03-08T11:00:00-04:00',
  title: 'Test Event',
  meetingLocationType: 'custom',
  appointmentStatus: 'confirmed',
  assignedUserId: '0007BWpSzSwfiuSl0tR2',
  address: 'Zoom',
  isRecurring: false,
};
export const appointmentOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Appointment ID' },
  { key: 'calendarId', label: 'Calendar ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'title', label: 'Title' },
  { key: 'startTime', label: 'Start Time', type: 'datetime' },
  { key: 'endTime', label: 'End Time', type: 'datetime' },
  { key: 'appointmentStatus', label: 'Status' },
  { key: 'assignedUserId', label: 'Assigned User ID' },
  { key: 'meetingLocationType', label: 'Meeting Location Type' },
  { key: 'address', label: 'Address / Meeting Link' },
  { key: 'isRecurring', label: 'Recurring', type: 'boolean' },
  { key: 'rrule', label: 'Recurrence Rule' },
  { key: 'locationId', label: 'Sub-account' },
];

/** Block slots: on a calendar or on a user (HighLevel accepts one of the two, not both), with start and end. */
export const blockSlotInputs = {
  calendarId: calendarId({ helpText: 'The calendar to block. Choose a calendar or a user, not both.' }),
  assignedUserId: userId({ label: 'User', helpText: 'The user whose time is blocked. Choose a calendar or a user, not both.' }),
  title: string({ label: 'Title', helpText: 'Such as "Lunch" or "Out of office".' }),
  ...startEnd,
};
export const blockSlotBody = <I extends { calendarId?: string; assignedUserId?: string; startTime?: EventTime; endTime?: EventTime; timeZone?: string }>(
  input: I,
) => {
  if (Boolean(input.calendarId) === Boolean(input.assignedUserId)) {
    throw invalidInput(['Choose either a Calendar (calendarId) or a User (assignedUserId) for the block slot, not both and not neither.']);
  }
  const { startTime, endTime, timeZone, ...rest } = input;
  return compact({ ...rest, ...eventTimes({ startTime, endTime, timeZone }) });
};

export const blockSlotSample = {
  id: '0TkCdp9PfvLeWKYRRvIz',
  locationId: 'C2QujeCh8ZnC7al2InWR',
  title: 'Lunch',
  startTime: '2026-03-08T12:00:00-04:00',
  endTime: '2026-03-08T13:00:00-04:00',
  calendarId: 'CVokAlI8fgw4WYWoCtQz',
};
export const blockSlotOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Block Slot ID' },
  { key: 'title', label: 'Title' },
  { key: 'startTime', label: 'Start Time', type: 'datetime' },
  { key: 'endTime', label: 'End Time', type: 'datetime' },
  { key: 'calendarId', label: 'Calendar ID' },
  { key: 'assignedUserId', label: 'User ID' },
  { key: 'locationId', label: 'Sub-account' },
];

// ---------------------------------------------------------------- appointment notes

const noteText = string({ label: 'Note', required: true, maxLength: 5000, helpText: 'The note text (up to 5,000 characters).' });
export const noteInputs = {
  appointmentId: appointmentIdInput,
  body: { ...noteText, field: { ...noteText.field, type: 'text' as const } },
  userId: userId({ label: 'Written By', helpText: 'The user shown as the note’s author.' }),
};
export const noteIdInput = id({
  label: 'Note',
  required: true,
  dynamic: 'dropdown_appointment_notes.id.name',
  helpText: 'A note of the appointment above: choose one, or map a note ID (Create Appointment Note, List Appointment Notes).',
});

export const noteSample = {
  id: 'HGPcayliwcdoUFzvbTok',
  body: 'lorem ipsum',
  userId: 'TUcmRxWrjqzJS8EjkxNK',
  dateAdded: '2021-07-08T12:02:11.285Z',
  contactId: 'TUcmRxWrjqzJS8EjkxNK',
  createdBy: { id: 'TUcmRxWr', name: 'John Doe' },
};
export const noteOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Note ID' },
  { key: 'body', label: 'Note' },
  { key: 'userId', label: 'User ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'createdBy__name', label: 'Created By' },
];

// ---------------------------------------------------------------- calendar notifications

const scheduleUnit = (label: string) => string({ label, helpText: 'Unit of the time above, such as hours (the default when empty).' });
/** One CreateCalendarNotificationDTO; `beforeTime`/`afterTime` are asked as one offset + unit each. */
export const notificationInputs = {
  calendarId: calendarId({ required: true }),
  receiverType: choice({
    label: 'Recipient',
    required: true,
    values: { contact: 'Contact', guest: 'Guest', assignedUser: 'Assigned user', emails: 'Email addresses', phoneNumbers: 'Phone numbers', business: 'Business' },
  }),
  channel: choice({ label: 'Channel', required: true, values: { email: 'Email', sms: 'SMS', whatsapp: 'WhatsApp', inApp: 'In-app' } }),
  notificationType: choice({
    label: 'Notification Type',
    required: true,
    values: { booked: 'Booked', confirmation: 'Confirmation', cancellation: 'Cancellation', reminder: 'Reminder', followup: 'Follow-up', reschedule: 'Reschedule' },
  }),
  isActive: boolean({ label: 'Active' }),
  subject: string({ label: 'Subject', helpText: 'For email notifications.' }),
  body: text({ label: 'Body', helpText: 'For email/SMS notifications; not needed for in-app ones.' }),
  templateId: id({ label: 'Email Template', helpText: 'An email template to use instead of a body: map its template ID from an earlier step.' }),
  beforeTimeOffset: number({ label: 'Send Before (reminders)', min: 0, helpText: 'For a Reminder: how long before the appointment it is sent.' }),
  beforeTimeUnit: scheduleUnit('Send Before Unit'),
  afterTimeOffset: number({ label: 'Send After (follow-ups)', min: 0, helpText: 'For a Follow-up: how long after the appointment it is sent.' }),
  afterTimeUnit: scheduleUnit('Send After Unit'),
  additionalEmailIds: list(email({ label: 'Email' }), {
    label: 'Additional Emails',
    helpText: 'More email addresses to notify. One per item. On an update, these replace the current ones; leave empty to keep them.',
  }),
  additionalPhoneNumbers: list(phone({ label: 'Phone' }), {
    label: 'Additional Phone Numbers',
    helpText: 'In international form such as +15551234567. On an update, these replace the current ones; leave empty to keep them.',
  }),
  selectedUsers: userIds({
    label: 'Selected Users',
    helpText:
      'Users notified in-app or by business email; sub_account_admin means the sub-account admins. On an update, these replace the current selection; leave empty to keep it.',
  }),
  fromAddress: email({ label: 'From Email' }),
  fromName: string({ label: 'From Name' }),
  fromNumber: phone({ label: 'From Number', helpText: 'For SMS notifications.' }),
};
export const notificationIdInput = id({
  label: 'Notification',
  required: true,
  dynamic: 'dropdown_calendar_notifications.id.name',
  helpText: 'A notification of the calendar above: choose one, or map its ID (`_id`) from Create Calendar Notification or a notification trigger.',
});

type ScheduleInput = { beforeTimeOffset?: number; beforeTimeUnit?: string; afterTimeOffset?: number; afterTimeUnit?: string };
/** One notification as HighLevel wants it: schedules as `[{timeOffset, unit}]`. */
export const notificationBody = <I extends ScheduleInput & { calendarId?: string; notificationId?: string }>(input: I) => {
  const { beforeTimeOffset, beforeTimeUnit, afterTimeOffset, afterTimeUnit, calendarId: _calendar, notificationId: _id, ...rest } = input;
  // A unit alone would be dropped without a word: say what it needs instead.
  const lonelyUnits = [
    beforeTimeUnit !== undefined && beforeTimeOffset === undefined ? 'Send Before Unit (beforeTimeUnit) needs Send Before (reminders) (beforeTimeOffset).' : '',
    afterTimeUnit !== undefined && afterTimeOffset === undefined ? 'Send After Unit (afterTimeUnit) needs Send After (follow-ups) (afterTimeOffset).' : '',
  ].filter(Boolean);
  if (lonelyUnits.length) throw invalidInput(lonelyUnits);
  const at = (timeOffset?: number, unitName?: string) => (timeOffset === undefined ? undefined : [{ timeOffset, unit: unitName ?? 'hours' }]);
  return compact({ ...rest, beforeTime: at(beforeTimeOffset, beforeTimeUnit), afterTime: at(afterTimeOffset, afterTimeUnit) });
};

export const notificationSample = {
  id: '66f1d6e2c2a3b4d5e6f7a8b9',
  _id: '66f1d6e2c2a3b4d5e6f7a8b9',
  receiverType: 'contact',
  channel: 'email',
  notificationType: 'reminder',
  isActive: true,
  subject: 'See you soon',
  body: 'Your appointment starts in 1 hour.',
  beforeTime: [{ timeOffset: 1, unit: 'hours' }],
  additionalEmailIds: ['example1@email.com'],
  deleted: false,
};
export const notificationOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Notification ID' },
  { key: 'receiverType', label: 'Recipient' },
  { key: 'channel', label: 'Channel' },
  { key: 'notificationType', label: 'Notification Type' },
  { key: 'isActive', label: 'Active', type: 'boolean' },
  { key: 'subject', label: 'Subject' },
  { key: 'body', label: 'Body' },
  { key: 'templateId', label: 'Template ID' },
];

// ---------------------------------------------------------------- calendar resources

export const resourceTypeInput = choice({ label: 'Resource Type', required: true, values: { rooms: 'Room', equipments: 'Equipment' } });
export const resourceIdInput = id({
  label: 'Resource',
  required: true,
  dynamic: 'dropdown_calendar_resources.id.name',
  helpText: 'A room or piece of equipment of the type above: choose one, or map its ID from a calendar resource trigger.',
});

/** CreateCalendarResourceDTO: HighLevel requires every field, whatever the type. */
export const resourceInputs = {
  resourceType: resourceTypeInput,
  name: string({ label: 'Name', required: true, helpText: 'Such as "Yoga room".' }),
  description: text({ label: 'Description', required: true }),
  quantity: integer({ label: 'Quantity', required: true, min: 0, helpText: 'How many of this equipment exist (for a room, usually 1).' }),
  outOfService: integer({ label: 'Out of Service', required: true, min: 0, helpText: 'How many are out of service (0 when all work).' }),
  capacity: integer({ label: 'Capacity', required: true, min: 0, helpText: 'How many people the room holds (for equipment, usually 1).' }),
  calendarIds: list(calendarId(), {
    label: 'Service Calendars',
    required: true,
    helpText:
      'Service calendars that use this resource (up to 100). A piece of equipment can belong to one service calendar only. On an update, these replace the current calendars; leave empty to keep them.',
  }),
};
export const resourceUpdateInputs = {
  resourceType: resourceTypeInput,
  id: resourceIdInput,
  ...optional(omit(resourceInputs, 'resourceType')),
  isActive: boolean({ label: 'Active' }),
};

export const resourceSample = {
  locationId: 'ocQHyuzHvysMo5N5VsXc',
  name: 'yoga room',
  resourceType: 'rooms',
  isActive: true,
  description: 'Room on the first floor',
  quantity: 1,
  outOfService: 0,
  capacity: 85,
  calendarIds: ['Jsj0xnlDDjw0SuvX1J13', 'oCM5feFC86FAAbcO7lJK'],
};
export const resourceOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Resource ID' },
  { key: 'name', label: 'Name' },
  { key: 'resourceType', label: 'Resource Type' },
  { key: 'description', label: 'Description' },
  { key: 'quantity', label: 'Quantity', type: 'integer' },
  { key: 'outOfService', label: 'Out of Service', type: 'integer' },
  { key: 'capacity', label: 'Capacity', type: 'integer' },
  { key: 'isActive', label: 'Active', type: 'boolean' },
  { key: 'calendarIds[]', label: 'Calendar IDs' },
  { key: 'locationId', label: 'Sub-account' },
];

// ---------------------------------------------------------------- shared results

export const notFound = (what: string, recordId: string) => `The ${what} ${recordId} was not found in HighLevel; it may already be deleted.`;

export const deletedSample = { id: 'ocQHyuzHvysMo5N5VsXc', deleted: true };
export const deletedOutputFields = (noun: string): PlainOutputField[] => [
  { key: 'id', label: `${noun} ID` },
  { key: 'deleted', label: 'Deleted', type: 'boolean' },
];

