import { createAction } from '../../factories/actions';
import { noteInputs, noteOutputFields, noteResult, noteSample, theContact } from '../../fields/contactActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** POST /contacts/{contactId}/notes; only `body` is required. */
export default createAction({
  key: 'create_contact_note',
  noun: 'Note',
  label: 'Create Contact Note',
  description: 'Adds a note to a contact, optionally with a title and the user who wrote it.',
  inputs: inputs({ contactId: theContact(), ...noteInputs(true) }),
  request: (input) => {
    const { contactId, ...note } = input;
    return { method: 'POST', path: apiPath`/contacts/${contactId}/notes`, body: note };
  },
  result: noteResult,
  notFoundMessage: (input) => `The contact ${input.contactId} was not found in HighLevel. It may have been deleted.`,
  sample: noteSample,
  outputFields: noteOutputFields,
});
