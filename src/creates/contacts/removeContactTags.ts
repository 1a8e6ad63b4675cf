import { createAction } from '../../factories/actions';
import { tagResultOutputFields, tagsInput, tagsOf, theContact } from '../../fields/contactActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** DELETE /contacts/{contactId}/tags with a JSON body `{tags}` (a DELETE with a body, as the spec defines it). */
export default createAction({
  key: 'remove_contact_tags',
  noun: 'Tag',
  label: 'Remove Tags from Contact',
  description: 'Removes tags from a contact, keeping its other tags. Tags the contact does not have are ignored.',
  inputs: inputs({
    contactId: theContact(),
    tags: tagsInput({ label: 'Tags', required: true, helpText: 'Tags to remove, such as "lead": choose them, or type them.' }),
  }),
  request: (input) => ({ method: 'DELETE', path: apiPath`/contacts/${input.contactId}/tags`, body: { tags: input.tags } }),
  result: (response, input) => ({ contactId: input.contactId, tags: tagsOf(response), tagsRemoved: input.tags }),
  notFoundMessage: (input) => `The contact ${input.contactId} was not found in HighLevel. It may have been deleted.`,
  sample: { contactId: 'seD4PfOuKoVMLkEZqohJ', tags: ['customer'], tagsRemoved: ['newsletter'] },
  outputFields: tagResultOutputFields('tagsRemoved', 'Tags Removed'),
});
