import { createAction, deleted } from '../../factories/actions';
import { deletedOutputFields, deletedSample, eventIdInput, notFound } from '../../fields/calendarActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** DELETE /calendars/events/{eventId}; the spec requires a JSON body (DeleteAppointmentSchema, empty), so `{}` is sent. */
export default createAction({
  key: 'delete_calendar_event',
  noun: 'Event',
  label: 'Delete Event',
  description: 'Deletes a calendar event: an appointment or a block slot. This cannot be undone.',
  inputs: inputs({ eventId: eventIdInput }),
  request: (input) => ({ method: 'DELETE', path: apiPath`/calendars/events/${input.eventId}`, body: {} }),
  result: deleted((input) => input.eventId),
  notFoundMessage: (input) => notFound('event', input.eventId),
  sample: deletedSample,
  outputFields: deletedOutputFields('Event'),
});
