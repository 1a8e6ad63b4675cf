import { listTrigger } from '../../factories/triggers';
import { noteOutputFields, noteSample } from '../../fields/contactActivity';
import { contactId } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /contacts/{contactId}/notes: every note of the contact, newest first. */
export default listTrigger({
  key: 'list_contact_notes',
  noun: 'Note',
  label: 'Get Contact Notes',
  description: 'Triggers when a new note is added to the chosen contact.',
  inputs: inputs({ contactId: contactId({ required: true, helpText: 'The contact whose notes to watch. Choose one, search for one, or map a HighLevel contact ID.' }) }),
  request: (input) => ({ method: 'GET', path: apiPath`/contacts/${input.contactId}/notes` }),
  listKey: 'notes',
  newestFirstBy: 'dateAdded',
  sample: noteSample,
  outputFields: noteOutputFields,
});
