import { searchAction } from '../../factories/actions';
import type { Json } from '../../factories/common';
import { itemsOf, recordIn } from '../../factories/common';
import { instantOf, parseEventTime, toOffsetIso } from '../../fields/calendarActions';
import { appointmentOutputFields, appointmentSample } from '../../fields/contactActivity';
import { calendarId, contactId } from '../../fields/dropdowns';
import { choice, datetime, inputs, timezone } from '../../fields/kit';
import { cached } from '../../http/cache';
import { callApi } from '../../http/client';
import { apiPath } from '../../http/path';

const fields = inputs({
  contactId: contactId({ required: true, helpText: 'Whose appointments to look at. Choose a contact, search for one, or map a HighLevel contact ID.' }),
  which: choice({
    label: 'Which Appointment',
    required: true,
    default: 'next',
    values: { next: 'The next one (soonest upcoming first)', most_recent: 'The most recent one (latest past first)' },
  }),
  calendarId: calendarId({ helpText: 'Only appointments on this calendar.' }),
  status: choice({
    label: 'Appointment Status',
    values: { new: 'New', confirmed: 'Confirmed', cancelled: 'Cancelled', showed: 'Showed', noshow: 'No-show', invalid: 'Invalid' },
    helpText: 'Only appointments in this status.',
  }),
  after: datetime({ label: 'Starting After', as: 'epochMs', helpText: 'Only appointments that start at or after this time, such as 2026-01-31T09:00:00-05:00. Default: now for "next".' }),
  before: datetime({ label: 'Starting Before', as: 'epochMs', helpText: 'Only appointments that start before this time. Default: now for "most recent".' }),
  timeZone: timezone({ label: 'Time Zone', helpText: 'The time zone HighLevel\'s times are read in and given back with. Leave blank for the sub-account\'s time zone.' }),
});

/** The sub-account's time zone (GET /locations/{locationId} → `{location: {timezone}}`), cached for the connection. */
const subAccountTimeZone = (context: Parameters<Parameters<typeof searchAction>[0]['request']>[1]): Promise<string> =>
  cached(context.z, context.bundle, 3600, ['locationTimeZone', context.connection.locationId], async () => {
    const answer = await callApi(context.z, context.bundle, { method: 'GET', path: apiPath`/locations/${context.connection.locationId}` });
    const zone = (recordIn(answer, ['location']) ?? {}).timezone;
    return typeof zone === 'string' && zone ? zone : 'UTC';
  });

/** Start and end as ISO 8601 with the zone's offset, plus UTC; HighLevel writes them as `2026-07-16 11:00:00` (GetEventSchema). */
const withZonedTimes = (appointment: Json, timeZone: string): Json & { startMs?: number } => {
  const times: Json = {};
  let startMs: number | undefined;
  for (const key of ['startTime', 'endTime', 'dateAdded', 'dateUpdated']) {
    const parsed = typeof appointment[key] === 'string' ? parseEventTime(appointment[key] as string) : undefined;
    if (!parsed) continue;
    times[key] = toOffsetIso(parsed, timeZone);
    if (key === 'startTime') startMs = instantOf(parsed, timeZone);
    if (key === 'startTime' || key === 'endTime') times[`${key}Utc`] = new Date(instantOf(parsed, timeZone)).toISOString();
  }
  return { ...appointment, ...times, startMs };
};

/** The shared appointment sample without list_contact_appointments' `<date>Raw` keys, which this search does not output. */
const withoutRawDates = (sample: Json): Json => Object.fromEntries(Object.entries(sample).filter(([key]) => !key.endsWith('Raw')));

/**
 * GET /contacts/{contactId}/appointments answers every appointment of the contact under `events`; the filters
 * (calendar, status, time window) and the order are applied here: the next one soonest first, or the most recent
 * one latest first.
 */
export default searchAction({
  key: 'find_appointment',
  noun: 'Appointment',
  label: 'Find Appointment',
  description: "Finds a contact's next (or most recent) appointment, optionally on one calendar or in one status.",
  inputs: fields,
  request: async (input, context) => {
    // The path first: an id that cannot be one segment is refused before any request.
    const path = apiPath`/contacts/${input.contactId}/appointments`;
    // The zone the answer's times are read in; resolved here, where the connection is at hand, for `results`.
    input.timeZone ??= await subAccountTimeZone(context);
    return { method: 'GET', path };
  },
  results: (response, input) => {
    const now = Date.now();
    const from = input.after !== undefined ? Number(input.after) : (input.which === 'next' ? now : Number.NEGATIVE_INFINITY);
    const until = input.before !== undefined ? Number(input.before) : (input.which === 'most_recent' ? now : Number.POSITIVE_INFINITY);
    const status = (appointment: Json) => String(appointment.appointmentStatus ?? appointment.status ?? '');
    return itemsOf(response, 'events')
      .map((appointment) => withZonedTimes(appointment, input.timeZone ?? 'UTC'))
      .filter((appointment) => appointment.startMs !== undefined && appointment.startMs >= from && appointment.startMs < until)
      .filter((appointment) => !input.calendarId || appointment.calendarId === input.calendarId)
      .filter((appointment) => !input.status || status(appointment) === input.status)
      .sort((a, b) => (input.which === 'next' ? a.startMs! - b.startMs! : b.startMs! - a.startMs!))
      .map(({ startMs: _startMs, ...appointment }) => appointment);
  },
  // HighLevel's zone-less text is not kept here (only list_contact_appointments keeps it, as `<date>Raw`).
  sample: {
    ...withoutRawDates(appointmentSample),
    startTime: '2026-12-16T11:00:00-05:00',
    endTime: '2026-12-16T11:30:00-05:00',
    startTimeUtc: '2026-12-16T16:00:00.000Z',
    endTimeUtc: '2026-12-16T16:30:00.000Z',
    dateAdded: '2026-12-09T09:12:44-05:00',
    dateUpdated: '2026-12-09T09:12:44-05:00',
  },
  outputFields: [
    ...appointmentOutputFields
      .filter((field) => !field.key.endsWith('Raw'))
      .map((field) => (['startTime', 'endTime', 'dateAdded', 'dateUpdated'].includes(field.key) ? { ...field, type: 'datetime' as const } : field)),
    { key: 'startTimeUtc', label: 'Start Time (UTC)', type: 'datetime' },
    { key: 'endTimeUtc', label: 'End Time (UTC)', type: 'datetime' },
  ],
});
