import { watchTrigger } from '../../factories/triggers';
import { eventOutputFields, eventSample, withEventTimes } from '../../fields/calendarTriggers';
import { id, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /calendars/events/appointments/{eventId}: fires when the appointment is first seen and whenever it changes. */
export default watchTrigger({
  key: 'get_appointment',
  noun: 'Appointment',
  label: 'Get Appointment',
  description: 'Triggers when the chosen appointment is first found, and again each time it changes (rescheduled, confirmed, cancelled…).',
  inputs: inputs({
    eventId: id({
      label: 'Appointment',
      required: true,
      helpText: 'The appointment: map its ID from an earlier step, such as List Calendar Events. For a recurring series, map its Master Event ID.',
    }),
  }),
  request: (input) => ({ method: 'GET', path: apiPath`/calendars/events/appointments/${input.eventId}` }),
  // Real answers are `{appointment, traceId}`; the spec documents `{event}` (docs/highlevel-in-practice.md).
  objectKey: ['appointment', 'event'],
  recordIdKey: 'appointmentId',
  mapItem: withEventTimes,
  sample: { ...eventSample, appointmentId: eventSample.id, id: `${eventSample.id}:${eventSample.dateUpdated}` },
  outputFields: [{ key: 'appointmentId', label: 'Appointment ID' }, { key: 'id', label: 'Change ID (appointment + last update)' }, ...eventOutputFields.slice(1)],
});
