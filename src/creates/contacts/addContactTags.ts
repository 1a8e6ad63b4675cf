import { createAction } from '../../factories/actions';
import { tagResultOutputFields, tagsInput, tagsOf, theContact } from '../../fields/contactActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** POST /contacts/{contactId}/tags with `{tags}`: adds tags, keeping the ones the contact already has. */
export default createAction({
  key: 'add_contact_tags',
  noun: 'Tag',
  label: 'Add Tags to Contact',
  description: 'Adds tags to a contact, keeping the tags it already has. Tags that do not exist yet are created.',
  inputs: inputs({
    contactId: theContact(),
    tags: tagsInput({ label: 'Tags', required: true, helpText: 'Tags to add, such as "vip": choose them, or type new ones.' }),
  }),
  request: (input) => ({ method: 'POST', path: apiPath`/contacts/${input.contactId}/tags`, body: { tags: input.tags } }),
  result: (response, input) => ({ contactId: input.contactId, tags: tagsOf(response), tagsAdded: input.tags }),
  notFoundMessage: (input) => `The contact ${input.contactId} was not found in HighLevel. It may have been deleted.`,
  sample: { contactId: 'seD4PfOuKoVMLkEZqohJ', tags: ['customer', 'newsletter', 'vip'], tagsAdded: ['vip'] },
  outputFields: tagResultOutputFields('tagsAdded', 'Tags Added'),
});
