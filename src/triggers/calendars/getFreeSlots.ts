import { listTrigger } from '../../factories/triggers';
import { flattenFreeSlots, freeSlotOutputFields, freeSlotSample, freeSlotsWindow, windowBound } from '../../fields/calendarTriggers';
import { calendarId, userId } from '../../fields/dropdowns';
import { inputs, timezone } from '../../fields/kit';
import { apiPath } from '../../http/path';

const fields = inputs({
  calendarId: calendarId({ required: true, helpText: 'The calendar whose open slots to watch.' }),
  timezone: timezone({
    label: 'Time Zone',
    helpText: 'IANA time zone, such as America/New_York: slot times come back in it, and a Start or End given as a bare date is read in it. Blank: the calendar’s own time zone for slots, UTC for bare dates.',
  }),
  userId: userId({ helpText: 'Only slots when this team member is free (round-robin and collective calendars).' }),
  startDate: windowBound({
    label: 'Start',
    helpText: 'First moment to look for open slots, such as 2026-03-07T09:00:00-05:00, or a date (from its midnight). Default: now.',
  }),
  endDate: windowBound({
    label: 'End',
    helpText: 'Last moment to look for open slots, or a date (to its end). Default: 7 days after Start. At most 31 days after Start.',
  }),
});

/** GET /calendars/{calendarId}/free-slots: a date-keyed map, flattened into one item per open slot. */
export default listTrigger({
  key: 'get_free_slots',
  noun: 'Free Slot',
  label: 'Get Free Slots',
  description: 'Triggers when a new open (bookable) slot appears on a calendar, by default within the next 7 days.',
  inputs: fields,
  request: (input) => {
    const { startDate, endDate } = freeSlotsWindow(input);
    return {
      method: 'GET',
      path: apiPath`/calendars/${input.calendarId}/free-slots`,
      query: { startDate, endDate, timezone: input.timezone, userId: input.userId },
    };
  },
  items: (response, input) => flattenFreeSlots(response, input.calendarId, input.timezone),
  sample: freeSlotSample,
  outputFields: freeSlotOutputFields,
});
