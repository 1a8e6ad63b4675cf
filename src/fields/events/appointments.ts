import type { PlainOutputField } from 'zapier-platform-core';
import type { Context, Json } from '../../factories/common';
import { cached } from '../../http/cache';
import { apiPath } from '../../http/path';
import { eventOutputFields, eventSample, withEventTimes } from '../calendarTriggers';
import { calendarId, userId } from '../dropdowns';
import { instantFromNow, readList } from './common';

/**
 * The appointment event triggers read GET /calendars/events, which needs a calendar, a user or a group per request and a
 * `startTime`/`endTime` window (epoch ms, both required). With a calendar or user chosen a poll is one request; with
 * neither, it lists the sub-account's calendars (GET /calendars/, cached 5 minutes) and asks each, at most
 * CALENDAR_BUDGET of them, so a poll costs at most 1 + CALENDAR_BUDGET requests.
 */

export const CALENDAR_BUDGET = 10;
export const DAYS_BACK = 30;
export const DAYS_AHEAD = 180;

export const APPOINTMENT_LIMIT =
  `Each check looks at appointments starting from ${DAYS_BACK} days ago to ${DAYS_AHEAD} days ahead; ` +
  `without a calendar or user chosen, on the first ${CALENDAR_BUDGET} calendars of the sub-account.`;

export const appointmentFilters = {
  calendarId: calendarId({ helpText: `Only appointments of this calendar. Leave empty for every calendar. ${APPOINTMENT_LIMIT}` }),
  userId: userId({ label: 'Assigned User', helpText: 'Only appointments assigned to this user.' }),
};

type Filters = { calendarId?: string; userId?: string };

const CALENDARS_SECONDS = 300;

/** The sub-account's calendars (id and name), cached for this connection. */
const calendarsOf = (context: Context): Promise<Array<{ id: string; name?: string }>> =>
  cached(context.z, context.bundle, CALENDARS_SECONDS, ['eventCalendars', context.connection.locationId], async () =>
    (await readList(context, 'calendars', { method: 'GET', path: apiPath`/calendars/`, query: { locationId: context.connection.locationId } }))
      .filter((calendar) => typeof calendar.id === 'string')
      .map((calendar) => ({ id: calendar.id as string, name: typeof calendar.name === 'string' ? calendar.name : undefined })),
  );

const eventsOf = (context: Context, owner: Filters, now: number): Promise<Json[]> =>
  readList(context, 'events', {
    method: 'GET',
    path: apiPath`/calendars/events`,
    query: {
      locationId: context.connection.locationId,
      ...owner,
      startTime: instantFromNow(-DAYS_BACK, now),
      endTime: instantFromNow(DAYS_AHEAD, now),
    },
  });

/** One poll: the appointments in the window, times as ISO 8601, the calendar's name beside its id when known. */
export const loadAppointments = async (filters: Filters, context: Context): Promise<Json[]> => {
  const now = Date.now();
  let events: Json[];
  let names: Record<string, string | undefined> = {};
  if (filters.calendarId) events = await eventsOf(context, { calendarId: filters.calendarId }, now);
  else if (filters.userId) events = await eventsOf(context, { userId: filters.userId }, now);
  else {
    const calendars = (await calendarsOf(context)).slice(0, CALENDAR_BUDGET);
    names = Object.fromEntries(calendars.map((calendar) => [calendar.id, calendar.name]));
    events = [];
    for (const calendar of calendars) events.push(...(await eventsOf(context, { calendarId: calendar.id }, now)));
  }
  return events
    .filter((event) => !filters.userId || event.assignedUserId === undefined || event.assignedUserId === filters.userId)
    .map((event) => ({ ...withEventTimes(event), ...(names[String(event.calendarId)] ? { calendarName: names[String(event.calendarId)] } : {}) }));
};

export const appointmentEventSample = { ...eventSample, appointmentId: eventSample.id, calendarName: 'Discovery calls' };

export const appointmentEventOutputFields = (idLabel: string): PlainOutputField[] => [
  { key: 'id', label: idLabel },
  { key: 'appointmentId', label: 'Appointment ID' },
  ...eventOutputFields.filter((field) => field.key !== 'id'),
  { key: 'calendarName', label: 'Calendar Name' },
];
