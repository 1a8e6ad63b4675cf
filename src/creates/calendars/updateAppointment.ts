import { createAction } from '../../factories/actions';
import { appointmentBody, explainSlotRefusal, appointmentOutputFields, appointmentSample, appointmentIdInput, appointmentUpdateInputs, notFound } from '../../fields/calendarActions';
import { inputs, requireChanges } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** PUT /calendars/events/appointments/{eventId} (AppointmentEditSchema) with only the mapped fields. */
export default createAction({
  key: 'update_appointment',
  noun: 'Appointment',
  label: 'Update Appointment',
  description: 'Updates an appointment (time, status, assigned user, location…), changing only the fields you map.',
  inputs: inputs({ eventId: appointmentIdInput, ...appointmentUpdateInputs }),
  request: ({ eventId, ...changes }) => ({
    method: 'PUT',
    path: apiPath`/calendars/events/appointments/${eventId}`,
    body: requireChanges(appointmentBody(changes), 'appointment'),
  }),
  notFoundMessage: (input) => notFound('appointment', input.eventId),
  explainRefusal: explainSlotRefusal,
  sample: appointmentSample,
  outputFields: appointmentOutputFields,
});
