import { errors } from 'zapier-platform-core';
import type { Json } from '../../factories/common';
import { instantTrigger } from './factory';
import { markerOf, required } from './payloads';

/** Appointment webhooks carry the appointment under `appointment` (docs/webhook events/AppointmentCreate.md, AppointmentUpdate.md). */
const appointmentOf = (payload: Json, event: string): Json => {
  const found = payload.appointment;
  if (found && typeof found === 'object' && !Array.isArray(found)) return found as Json;
  throw new errors.Error(`The ${event} webhook has no appointment: it cannot be turned into an item.`, 'InvalidWebhook', 400);
};

export const newAppointmentInstant = instantTrigger({
  key: 'new_appointment_instant',
  label: 'New Appointment (Instant)',
  description: 'Triggers as soon as an appointment is booked in one of the sub-account\'s calendars (through the webhook relay).',
  event: 'AppointmentCreate',
  twin: 'new_appointment',
  fromWebhook: (payload) => {
    const appointment = appointmentOf(payload, 'AppointmentCreate');
    const appointmentId = required(appointment, 'id', 'AppointmentCreate');
    return [{ ...appointment, appointmentId, id: appointmentId }];
  },
});

export const appointmentUpdatedInstant = instantTrigger({
  key: 'appointment_updated_instant',
  label: 'Appointment Updated (Instant)',
  description: 'Triggers as soon as an appointment is changed: rescheduled, confirmed, cancelled… (through the webhook relay).',
  event: 'AppointmentUpdate',
  twin: 'appointment_status_changed',
  fromWebhook: (payload) => {
    const appointment = appointmentOf(payload, 'AppointmentUpdate');
    const appointmentId = required(appointment, 'id', 'AppointmentUpdate');
    const status = required(appointment, 'appointmentStatus', 'AppointmentUpdate');
    const dateUpdated = markerOf(appointment, payload, 'dateUpdated');
    return [{ ...appointment, dateUpdated, appointmentId, id: `${appointmentId}:${status}:${dateUpdated}` }];
  },
});
