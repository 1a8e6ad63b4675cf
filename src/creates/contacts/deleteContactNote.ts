import { createAction, deleted } from '../../factories/actions';
import { deletedOutputFields, noteId, notFound, parentContact } from '../../fields/contactActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** DELETE /contacts/{contactId}/notes/{id}; HighLevel answers `{succeded: true}`, so the result carries the id. */
export default createAction({
  key: 'delete_contact_note',
  noun: 'Note',
  label: 'Delete Contact Note',
  description: 'Deletes a note of a contact. This cannot be undone.',
  inputs: inputs({ contactId: parentContact(), noteId: noteId() }),
  request: (input) => ({ method: 'DELETE', path: apiPath`/contacts/${input.contactId}/notes/${input.noteId}` }),
  result: deleted((input) => input.noteId),
  notFoundMessage: (input) => notFound('note', input.noteId),
  sample: { id: 'HGPcayliwcdoUFzvbTok', deleted: true },
  outputFields: deletedOutputFields('Note'),
});
