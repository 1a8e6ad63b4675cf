import { listTrigger } from '../../factories/triggers';
import { eventOutputFields, eventOwnerInputs, eventSample, eventWindowQuery, WINDOW_HELP, withEventTimes } from '../../fields/calendarTriggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /calendars/events over a rolling window (7 days back, 30 ahead): one request per poll, newest booking first. */
export default listTrigger({
  key: 'list_calendar_events',
  noun: 'Calendar Event',
  label: 'List Calendar Events',
  description: `Triggers when a new appointment or event is booked on a calendar, user or calendar group. ${WINDOW_HELP}`,
  inputs: inputs(eventOwnerInputs),
  request: (input, { connection }) => ({ method: 'GET', path: apiPath`/calendars/events`, query: eventWindowQuery(input, connection.locationId) }),
  listKey: 'events',
  mapItem: withEventTimes,
  newestFirstBy: 'dateAdded',
  sample: eventSample,
  outputFields: eventOutputFields,
});
