import { createAction, deleted } from '../../factories/actions';
import { deletedOutputFields, notFound, theContact } from '../../fields/contactActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** DELETE /contacts/{contactId}; HighLevel answers `{succeded: true}`, so the result carries the id. */
export default createAction({
  key: 'delete_contact',
  noun: 'Contact',
  label: 'Delete Contact',
  description: 'Deletes a contact from the sub-account. This cannot be undone.',
  inputs: inputs({ contactId: theContact() }),
  request: (input) => ({ method: 'DELETE', path: apiPath`/contacts/${input.contactId}` }),
  result: deleted((input) => input.contactId),
  notFoundMessage: (input) => notFound('contact', input.contactId),
  sample: { id: 'seD4PfOuKoVMLkEZqohJ', deleted: true },
  outputFields: deletedOutputFields('Contact'),
});
