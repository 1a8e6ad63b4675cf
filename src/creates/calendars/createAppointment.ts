import { createAction } from '../../factories/actions';
import { appointmentBody, explainSlotRefusal, appointmentCreateInputs, appointmentOutputFields, appointmentSample } from '../../fields/calendarActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** POST /calendars/events/appointments (AppointmentCreateSchema); times as ISO 8601 with offset. The answer is the appointment itself. */
export default createAction({
  key: 'create_appointment',
  noun: 'Appointment',
  label: 'Create Appointment',
  description: 'Creates (books) an appointment for a contact on a calendar.',
  inputs: inputs(appointmentCreateInputs),
  request: (input, { connection }) => ({
    method: 'POST',
    path: apiPath`/calendars/events/appointments`,
    body: { locationId: connection.locationId, ...appointmentBody(input) },
  }),
  explainRefusal: explainSlotRefusal,
  sample: appointmentSample,
  outputFields: appointmentOutputFields,
});
