import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const PAGE_SIZE = 100;

/**
 * Invoices of the sub-account, newest first, for invoice dropdowns: GET /invoices/ with the required altId, altType,
 * limit and offset (strings in the spec), a page at a time; `search: 'find_invoice.id'` finds the rest.
 */
export default dropdownTrigger({
  key: 'dropdown_invoices',
  noun: 'Invoice',
  inputs: inputs({}),
  request: (_input, { connection, page }) => ({
    method: 'GET',
    path: apiPath`/invoices/`,
    query: {
      altId: connection.locationId,
      altType: 'location',
      limit: String(PAGE_SIZE),
      offset: String(page * PAGE_SIZE),
      sortField: 'issueDate',
      sortOrder: 'descend',
    },
  }),
  listKey: 'invoices',
  idField: '_id',
  canPaginate: true,
  mapItem: (invoice) => {
    const contact = (invoice.contactDetails ?? {}) as { name?: string };
    const label = [invoice.invoiceNumber ? `#${String(invoice.invoiceNumber)}` : '', String(invoice.name ?? '')].filter(Boolean).join(' ');
    return { ...invoice, name: contact.name ? `${label} (${contact.name})` : label || String(invoice._id ?? invoice.id) };
  },
  sample: { id: '6578278e879ad2646715ba9c', name: '#1042 Kitchen remodel – deposit (Rosan Deo)' },
});
