import { createAction } from '../../factories/actions';
import { noteInputs, noteOutputFields, noteSample, notFound } from '../../fields/calendarActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** POST /calendars/appointments/{appointmentId}/notes (NotesDTO: body required, userId optional); answer {note}. */
export default createAction({
  key: 'create_appointment_note',
  noun: 'Appointment Note',
  label: 'Create Appointment Note',
  description: 'Adds a note to an appointment.',
  inputs: inputs(noteInputs),
  request: ({ appointmentId, ...note }) => ({ method: 'POST', path: apiPath`/calendars/appointments/${appointmentId}/notes`, body: note }),
  objectKey: 'note',
  notFoundMessage: (input) => notFound('appointment', input.appointmentId),
  sample: noteSample,
  outputFields: noteOutputFields,
});
