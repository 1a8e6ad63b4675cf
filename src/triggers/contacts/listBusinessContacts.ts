import { listTrigger, UNSORTED_LIST_MAX_PAGES } from '../../factories/triggers';
import { contactOutputFields, contactSample } from '../../fields/contact';
import { customFieldOutputs, labelCustomFields } from '../../fields/customFields';
import { businessId } from '../../fields/dropdowns';
import { inputs, string } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** How many contacts one poll reads (HighLevel's default is 25); Zapier keeps the new ones. */
export const BUSINESS_CONTACTS_PAGE_SIZE = 100;

/** GET /contacts/business/{businessId}: limit/skip are strings in the spec; locationId is required. */
export default listTrigger({
  key: 'list_business_contacts',
  noun: 'Contact',
  label: 'Get Contacts by Business',
  description: 'Triggers when a new contact is linked to the chosen business.',
  inputs: inputs({
    businessId: businessId({ required: true, helpText: 'The business (company record) whose contacts to watch. Choose one, or map a HighLevel business ID.' }),
    query: string({ label: 'Search Text', helpText: 'Only contacts matching this text, such as a name.' }),
  }),
  request: (input, { connection }) => ({
    method: 'GET',
    path: apiPath`/contacts/business/${input.businessId}`,
    query: { locationId: connection.locationId, limit: String(BUSINESS_CONTACTS_PAGE_SIZE), skip: '0', query: input.query },
  }),
  // No sort parameter and no documented order (newest first is not guaranteed): read the pages, within the poll's budget.
  readPages: { offsetParam: 'skip', pageSize: BUSINESS_CONTACTS_PAGE_SIZE, maxPages: UNSORTED_LIST_MAX_PAGES },
  listKey: 'contacts',
  newestFirstBy: 'dateAdded',
  mapItem: labelCustomFields,
  sample: { ...contactSample, businessId: '641c094001436dbc2081e642' },
  outputFields: [...contactOutputFields, { key: 'businessId', label: 'Business ID' }, customFieldOutputs('contact')],
});
