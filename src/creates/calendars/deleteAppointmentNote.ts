import { createAction, deleted } from '../../factories/actions';
import { appointmentIdInput, deletedOutputFields, deletedSample, noteIdInput, notFound } from '../../fields/calendarActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** DELETE /calendars/appointments/{appointmentId}/notes/{noteId}; HighLevel answers {success}. */
export default createAction({
  key: 'delete_appointment_note',
  noun: 'Appointment Note',
  label: 'Delete Appointment Note',
  description: 'Deletes a note of an appointment. This cannot be undone.',
  inputs: inputs({ appointmentId: appointmentIdInput, noteId: noteIdInput }),
  request: (input) => ({ method: 'DELETE', path: apiPath`/calendars/appointments/${input.appointmentId}/notes/${input.noteId}` }),
  result: deleted((input) => input.noteId),
  notFoundMessage: (input) => notFound('appointment note', input.noteId),
  sample: deletedSample,
  outputFields: deletedOutputFields('Note'),
});
