import { createAction } from '../../factories/actions';
import { noteId, noteInputs, noteOutputFields, noteResult, noteSample, notFound, parentContact } from '../../fields/contactActions';
import { inputs, requireChanges } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** PUT /contacts/{contactId}/notes/{id} (the note id path parameter is named `id`) with only the mapped fields. */
export default createAction({
  key: 'update_contact_note',
  noun: 'Note',
  label: 'Update Contact Note',
  description: 'Updates a note of a contact, changing only the fields you map.',
  inputs: inputs({ contactId: parentContact(), noteId: noteId(), ...noteInputs(false) }),
  request: (input) => {
    const { contactId, noteId: note, ...changes } = input;
    return { method: 'PUT', path: apiPath`/contacts/${contactId}/notes/${note}`, body: requireChanges(changes, 'note') };
  },
  result: noteResult,
  notFoundMessage: (input) => notFound('note', input.noteId),
  sample: noteSample,
  outputFields: noteOutputFields,
});
