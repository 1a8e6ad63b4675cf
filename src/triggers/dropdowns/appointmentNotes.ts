import { errors } from 'zapier-platform-core';
import { dropdownTrigger } from '../../factories/triggers';
import { id, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';
import { NOTES_PAGE_SIZE } from '../calendars/listAppointmentNotes';
import { noteChoiceName } from './contactNotes';

/**
 * Notes of the appointment chosen in the same operation (`appointmentId`), newest first, a page at a time.
 * GET /calendars/appointments/{appointmentId}/notes requires limit (at most 20) and offset.
 */
export default dropdownTrigger({
  key: 'dropdown_appointment_notes',
  noun: 'Appointment Note',
  inputs: inputs({ appointmentId: id({ label: 'Appointment' }) }),
  request: (input, { page }) => {
    if (!input.appointmentId) throw new errors.HaltedError('Map an appointment first: this list shows the notes of that appointment.');
    return {
      method: 'GET',
      path: apiPath`/calendars/appointments/${input.appointmentId}/notes`,
      query: { limit: NOTES_PAGE_SIZE, offset: page * NOTES_PAGE_SIZE },
    };
  },
  listKey: 'notes',
  newestFirstBy: 'dateAdded',
  mapItem: (note) => ({ ...note, name: noteChoiceName(note) }),
  canPaginate: true,
  sample: { id: 'HGPcayliwcdoUFzvbTok', name: 'Call went well, sending the proposal. · 2026-11-30', dateAdded: '2026-11-30T15:02:11.285Z' },
});
