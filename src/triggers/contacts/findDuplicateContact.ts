import { watchTrigger } from '../../factories/triggers';
import { contactOutputFields, contactSample } from '../../fields/contact';
import { watchOutputFields, watchSample } from '../../fields/contactActivity';
import { customFieldOutputs, labelCustomFields } from '../../fields/customFields';
import { email, inputs, invalidInput, phone } from '../../fields/kit';
import { apiPath } from '../../http/path';

const fields = inputs({
  email: email({ label: 'Email', helpText: 'Look for a contact with exactly this email address. Give an email, a phone number, or both.' }),
  number: phone({
    label: 'Phone',
    helpText: 'Look for a contact with exactly this phone number, in international form such as +1 555 123 4567. Give an email, a phone number, or both.',
  }),
});

/**
 * GET /contacts/search/duplicate: the contact HighLevel's duplicate rules match (email first, then phone,
 * when the sub-account allows duplicates). Fires when a match appears and again each time it changes.
 */
export default watchTrigger({
  key: 'find_duplicate_contact',
  noun: 'Contact',
  label: 'Get Duplicate Contact',
  description:
    'Triggers when a contact with the given email or phone exists (HighLevel’s duplicate rules decide the match), and again each time that contact is updated.',
  inputs: fields,
  request: (input, { connection }) => {
    if (!input.email && !input.number) throw invalidInput(['Give an Email (email) or a Phone (number) to look for, or both.']);
    return {
      method: 'GET',
      path: apiPath`/contacts/search/duplicate`,
      query: { locationId: connection.locationId, email: input.email, number: input.number },
    };
  },
  objectKey: 'contact',
  recordIdKey: 'contactId',
  mapItem: labelCustomFields,
  sample: watchSample(contactSample, 'contactId'),
  outputFields: [...watchOutputFields(contactOutputFields, 'contactId'), customFieldOutputs('contact')],
});
