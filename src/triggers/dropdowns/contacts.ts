import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const PAGE_SIZE = 100;

/** Contacts of the sub-account, newest first, a page at a time; `search: 'find_contact.id'` finds the rest. */
export default dropdownTrigger({
  key: 'dropdown_contacts',
  noun: 'Contact',
  inputs: inputs({}),
  request: (_input, { connection, page }) => ({
    method: 'POST',
    path: apiPath`/contacts/search`,
    body: { locationId: connection.locationId, page: page + 1, pageLimit: PAGE_SIZE, sort: [{ field: 'dateAdded', direction: 'desc' }] },
  }),
  listKey: 'contacts',
  canPaginate: true,
  mapItem: (contact) => ({
    ...contact,
    name:
      [contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.contactName || contact.name || contact.email || contact.phone || contact.id,
  }),
  sample: { id: 'seD4PfOuKoVMLkEZqohJ', name: 'Rosan Deo', email: 'rosan@deos.com' },
});
