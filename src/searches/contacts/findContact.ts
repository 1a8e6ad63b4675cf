import { searchAction } from '../../factories/actions';
import { contactOutputFields, contactSample } from '../../fields/contact';
import { customFieldOutputs, labelCustomFields } from '../../fields/customFields';
import { email, id, inputs, invalidInput, phone } from '../../fields/kit';
import { apiPath } from '../../http/path';

const fields = inputs({
  contactId: id({
    label: 'Contact',
    dynamic: 'dropdown_contacts.id.name',
    helpText: 'Find this contact: choose one, or map a HighLevel contact ID. Takes precedence over email and phone.',
  }),
  email: email({ label: 'Email', helpText: 'Find the contact with exactly this email address.' }),
  phone: phone({ label: 'Phone', helpText: 'Find the contact with exactly this phone number, such as +1 555 123 4567.' }),
});

/**
 * By id: GET /contacts/{contactId}. By email or phone: GET /contacts/search/duplicate, the exact match
 * HighLevel itself uses for its duplicate rules. Nothing found is an empty result, not an error.
 */
export default searchAction({
  key: 'find_contact',
  noun: 'Contact',
  label: 'Find Contact',
  description: 'Finds a contact by ID, email or phone number.',
  inputs: fields,
  request: (input, { connection }) => {
    if (input.contactId) return { method: 'GET', path: apiPath`/contacts/${input.contactId}` };
    if (!input.email && !input.phone) throw invalidInput(['Give a Contact ID (contactId), an Email (email) or a Phone (phone) to search by.']);
    return {
      method: 'GET',
      path: apiPath`/contacts/search/duplicate`,
      query: { locationId: connection.locationId, email: input.email, number: input.phone },
    };
  },
  listKey: 'contact',
  single: true,
  mapItem: labelCustomFields,
  sample: contactSample,
  outputFields: [...contactOutputFields, customFieldOutputs('contact')],
});
