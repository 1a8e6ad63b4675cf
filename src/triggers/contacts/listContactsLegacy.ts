import { listTrigger } from '../../factories/triggers';
import { contactOutputFields, contactSample } from '../../fields/contact';
import { customFieldOutputs, labelCustomFields } from '../../fields/customFields';
import { inputs, string } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** The most the deprecated endpoint returns in one request. */
export const LEGACY_PAGE_SIZE = 100;

/** Deprecated GET /contacts/ (HighLevel says to use Search Contacts); kept for Zaps that rely on it. */
export default listTrigger({
  key: 'list_contacts_legacy',
  noun: 'Contact',
  label: 'List Contacts (Deprecated)',
  description:
    'Triggers when a new contact is added to the sub-account, from HighLevel’s deprecated legacy contact list. For new Zaps, use Search Contacts.',
  inputs: inputs({
    query: string({ label: 'Search Text', helpText: 'Only contacts matching this text, such as a name, email or phone number.' }),
  }),
  request: (input, { connection }) => ({
    method: 'GET',
    path: apiPath`/contacts/`,
    query: { locationId: connection.locationId, limit: LEGACY_PAGE_SIZE, query: input.query },
  }),
  listKey: 'contacts',
  newestFirstBy: 'dateAdded',
  mapItem: labelCustomFields,
  sample: contactSample,
  outputFields: [...contactOutputFields, customFieldOutputs('contact')],
});
