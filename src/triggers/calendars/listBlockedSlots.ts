import { listTrigger } from '../../factories/triggers';
import { blockedSlotSample, eventOutputFields, eventOwnerInputs, eventWindowQuery, WINDOW_HELP, withEventTimes } from '../../fields/calendarTriggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /calendars/blocked-slots over the same rolling window as events: newest block first. */
export default listTrigger({
  key: 'list_blocked_slots',
  noun: 'Blocked Slot',
  label: 'List Blocked Slots',
  description: `Triggers when a new blocked time slot is added to a calendar, user or calendar group. ${WINDOW_HELP.replace('appointments', 'blocked slots')}`,
  inputs: inputs(eventOwnerInputs),
  request: (input, { connection }) => ({ method: 'GET', path: apiPath`/calendars/blocked-slots`, query: eventWindowQuery(input, connection.locationId) }),
  listKey: 'events',
  mapItem: withEventTimes,
  newestFirstBy: 'dateAdded',
  sample: blockedSlotSample,
  outputFields: eventOutputFields.map((field) => (field.key === 'id' ? { ...field, label: 'Blocked Slot ID' } : field)),
});
