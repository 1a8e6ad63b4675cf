import { createAction } from '../../factories/actions';
import { contactOutputFields, contactSample, contactWriteInputs } from '../../fields/contact';
import { replacingTags, theContact } from '../../fields/contactActions';
import { customFieldInputs, customFieldOutputs, customFieldWrites, labelCustomFields } from '../../fields/customFields';
import { inputs, omit, requireChanges } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** UpdateContactDto has no `gender` and no `companyName` (unlike create/upsert), and its `tags` replace all tags. */
const fields = inputs({
  contactId: theContact(),
  ...omit(contactWriteInputs, 'gender', 'companyName', 'tags'),
  tags: replacingTags,
});

/** PUT /contacts/{contactId} with only the mapped fields (no locationId: the contact id identifies it). */
export default createAction({
  key: 'update_contact',
  noun: 'Contact',
  label: 'Update Contact',
  description:
    'Updates an existing contact, changing only the fields you map. Tags mapped here replace all its tags (Add/Remove Tags to Contact change a few).',
  inputs: fields,
  dynamicInputs: [customFieldInputs('contact')],
  request: async (input, { z, bundle }) => {
    const { contactId, ...changes } = input;
    const customFields = await customFieldWrites(z, bundle, 'contact');
    return {
      method: 'PUT',
      path: apiPath`/contacts/${contactId}`,
      body: requireChanges({ ...changes, customFields }, 'contact'),
    };
  },
  result: (response) => labelCustomFields(((response as { contact?: Record<string, unknown> }).contact ?? {}) as Record<string, unknown>),
  notFoundMessage: (input) => `The contact ${input.contactId} was not found in HighLevel. It may have been deleted or merged.`,
  sample: contactSample,
  outputFields: [...contactOutputFields, customFieldOutputs('contact')],
});
