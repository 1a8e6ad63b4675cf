import { createAction } from '../../factories/actions';
import { noteIdInput, noteInputs, noteOutputFields, noteSample, notFound } from '../../fields/calendarActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** PUT /calendars/appointments/{appointmentId}/notes/{noteId} ({noteId} is undeclared in the spec; NotesDTO requires body). */
export default createAction({
  key: 'update_appointment_note',
  noun: 'Appointment Note',
  label: 'Update Appointment Note',
  description: 'Updates the text (and author) of an appointment note.',
  inputs: inputs({ appointmentId: noteInputs.appointmentId, noteId: noteIdInput, body: noteInputs.body, userId: noteInputs.userId }),
  request: ({ appointmentId, noteId, ...note }) => ({
    method: 'PUT',
    path: apiPath`/calendars/appointments/${appointmentId}/notes/${noteId}`,
    body: note,
  }),
  objectKey: 'note',
  notFoundMessage: (input) => notFound('appointment note', input.noteId),
  sample: noteSample,
  outputFields: noteOutputFields,
});
