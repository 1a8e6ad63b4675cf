import { listTrigger, UNSORTED_LIST_MAX_PAGES } from '../../factories/triggers';
import { appointmentNoteOutputFields, appointmentNoteSample } from '../../fields/calendarTriggers';
import { id, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** The most notes HighLevel returns in one request (limit ≤ 20). */
export const NOTES_PAGE_SIZE = 20;

/** GET /calendars/appointments/{appointmentId}/notes: the first page (limit and offset are required), newest first. */
export default listTrigger({
  key: 'list_appointment_notes',
  noun: 'Appointment Note',
  label: 'List Appointment Notes',
  description: 'Triggers when a new note is added to an appointment.',
  inputs: inputs({
    appointmentId: id({
      label: 'Appointment',
      required: true,
      helpText: 'The appointment: map its ID from an earlier step, such as List Calendar Events or Create Appointment.',
    }),
  }),
  request: (input) => ({
    method: 'GET',
    path: apiPath`/calendars/appointments/${input.appointmentId}/notes`,
    query: { limit: NOTES_PAGE_SIZE, offset: 0 },
  }),
  // No sort parameter and no documented order (newest first is not guaranteed): read the pages, within the poll's budget.
  readPages: { offsetParam: 'offset', pageSize: NOTES_PAGE_SIZE, maxPages: UNSORTED_LIST_MAX_PAGES },
  listKey: 'notes',
  mapItem: (note, input) => ({ ...note, appointmentId: input.appointmentId }),
  newestFirstBy: 'dateAdded',
  sample: { ...appointmentNoteSample, appointmentId: 'ocWd2wuBGAQzh2cH1fSZ' },
  outputFields: appointmentNoteOutputFields,
});
