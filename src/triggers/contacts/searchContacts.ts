import { listTrigger } from '../../factories/triggers';
import { contactOutputFields, contactSample } from '../../fields/contact';
import { customFieldOutputs, labelCustomFields } from '../../fields/customFields';
import { userId } from '../../fields/dropdowns';
import { inputs, string } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** How many contacts one poll reads: Zapier keeps the new ones (the endpoint allows up to 500). */
export const POLL_PAGE_SIZE = 100;

const fields = inputs({
  query: string({ label: 'Search Text', helpText: 'Only contacts matching this text (name, email, phone, company…). Up to 75 characters.', maxLength: 75 }),
  tag: string({ label: 'Tag', helpText: 'Only contacts that have this tag.' }),
  assignedTo: userId({ label: 'Assigned User', helpText: 'Only contacts assigned to this user.' }),
});

/** POST /contacts/search sorted by date added, newest first: one request per poll. */
export default listTrigger({
  key: 'search_contacts',
  noun: 'Contact',
  label: 'Search Contacts',
  description: 'Triggers when a new contact matching your search is added to the sub-account.',
  inputs: fields,
  request: (input, { connection }) => {
    const filters = [
      ...(input.tag ? [{ field: 'tags', operator: 'eq', value: input.tag }] : []),
      ...(input.assignedTo ? [{ field: 'assignedTo', operator: 'eq', value: input.assignedTo }] : []),
    ];
    return {
      method: 'POST',
      path: apiPath`/contacts/search`,
      body: {
        locationId: connection.locationId,
        page: 1,
        pageLimit: POLL_PAGE_SIZE,
        sort: [{ field: 'dateAdded', direction: 'desc' }],
        ...(filters.length ? { filters } : {}),
        ...(input.query ? { query: input.query } : {}),
      },
    };
  },
  listKey: 'contacts',
  newestFirstBy: 'dateAdded',
  mapItem: labelCustomFields,
  sample: contactSample,
  outputFields: [...contactOutputFields, customFieldOutputs('contact')],
});
