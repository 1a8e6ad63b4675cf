import { listTrigger } from '../../factories/triggers';
import { APPOINTMENT_DATES, appointmentOutputFields, appointmentSample } from '../../fields/contactActivity';
import { contactId } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';
import { itemsWithIsoDates } from '../../fields/dates';

/** GET /contacts/{contactId}/appointments: every appointment of the contact, under `events`. */
export default listTrigger({
  key: 'list_contact_appointments',
  noun: 'Appointment',
  label: 'Get Contact Appointments',
  description: 'Triggers when a new appointment is booked for the chosen contact.',
  inputs: inputs({ contactId: contactId({ required: true, helpText: 'The contact whose appointments to watch. Choose one, search for one, or map a HighLevel contact ID.' }) }),
  request: (input) => ({ method: 'GET', path: apiPath`/contacts/${input.contactId}/appointments` }),
  listKey: 'events',
  // HighLevel writes these times as `2026-07-16 11:00:00`, without a zone: read in the sub-account's time zone.
  mapItems: (items, { z, bundle }) => itemsWithIsoDates(z, bundle, items, APPOINTMENT_DATES),
  newestFirstBy: 'dateAdded',
  sample: appointmentSample,
  outputFields: appointmentOutputFields,
});
