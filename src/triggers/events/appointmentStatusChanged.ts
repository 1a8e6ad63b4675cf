import { appointmentEventOutputFields, appointmentEventSample, appointmentFilters, loadAppointments } from '../../fields/events/appointments';
import { choice, inputs } from '../../fields/kit';
import { eventTrigger } from './eventTrigger';

/** HighLevel's appointment statuses (`appointmentStatus`, apps/calendars.json). */
const APPOINTMENT_STATUSES = { confirmed: 'Confirmed', cancelled: 'Cancelled', showed: 'Showed', noshow: 'No-show', invalid: 'Invalid', new: 'New (unconfirmed)' } as const;

/**
 * id = appointment id + status (extensions.json): the event is the status itself, so an edit of the title or notes
 * does not fire again. (instant-contract.md adds dateUpdated to the instant twin's id; its output keys are the same.)
 */
export default eventTrigger({
  key: 'appointment_status_changed',
  noun: 'Appointment',
  label: 'Appointment Status Changed',
  description: "Triggers when an appointment's status becomes confirmed, cancelled, showed or no-show (optionally: only this status).",
  inputs: inputs({
    appointmentStatus: choice({
      label: 'New Status',
      helpText: 'Only changes to this status. Leave empty for every status. An appointment fires once per status: back to a status it already had, it does not fire again.',
      values: APPOINTMENT_STATUSES,
    }),
    ...appointmentFilters,
  }),
  load: loadAppointments,
  recordIdKey: 'appointmentId',
  keep: (event, input) => !input.appointmentStatus || event.appointmentStatus === input.appointmentStatus,
  marker: (event) => [event.appointmentStatus],
  newestFirstBy: 'dateUpdated',
  sample: { ...appointmentEventSample, id: `${appointmentEventSample.id}:${appointmentEventSample.appointmentStatus}` },
  outputFields: appointmentEventOutputFields('Status Change ID (appointment and status)'),
});
