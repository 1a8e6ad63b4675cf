import { watchTrigger } from '../../factories/triggers';
import { noteId } from '../../fields/contactActions';
import { noteOutputFields, noteSample, watchOutputFields, watchSample } from '../../fields/contactActivity';
import { contactId } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /contacts/{contactId}/notes/{id} (the note id path parameter is named `id`). */
export default watchTrigger({
  key: 'get_contact_note',
  noun: 'Note',
  label: 'Get Contact Note by ID',
  description: 'Triggers when the chosen note of a contact is first found and again each time it is edited.',
  inputs: inputs({
    contactId: contactId({ required: true, altersDynamicFields: true, helpText: 'The contact the note belongs to. Choose one, search for one, or map a HighLevel contact ID.' }),
    noteId: noteId(),
  }),
  request: (input) => ({ method: 'GET', path: apiPath`/contacts/${input.contactId}/notes/${input.noteId}` }),
  objectKey: 'note',
  recordIdKey: 'noteId',
  sample: watchSample(noteSample, 'noteId'),
  outputFields: watchOutputFields(noteOutputFields, 'noteId'),
});
