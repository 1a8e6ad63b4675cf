import { appointmentEventOutputFields, appointmentEventSample, appointmentFilters, loadAppointments } from '../../fields/events/appointments';
import { inputs } from '../../fields/kit';
import { eventTrigger } from './eventTrigger';

export default eventTrigger({
  key: 'new_appointment',
  noun: 'Appointment',
  label: 'New Appointment',
  description: 'Triggers when an appointment is booked on a calendar of the sub-account (optionally: this calendar, this user).',
  inputs: inputs(appointmentFilters),
  load: loadAppointments,
  recordIdKey: 'appointmentId',
  newestFirstBy: 'dateAdded',
  sample: appointmentEventSample,
  outputFields: appointmentEventOutputFields('Appointment ID'),
});
