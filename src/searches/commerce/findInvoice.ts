import { searchAction } from '../../factories/actions';
import type { Json } from '../../factories/common';
import { itemsOf, newestFirst } from '../../factories/common';
import { contactId } from '../../fields/dropdowns';
import { invoiceOutputFields, invoiceResult, invoiceSample, invoiceStatus } from '../../fields/invoices';
import { inputs, invalidInput, string } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** One page of the newest matches is plenty for a search step; HighLevel's list takes limit/offset as strings. */
const PAGE_SIZE = '100';

const fields = inputs({
  invoiceNumber: string({ label: 'Invoice Number', maxLength: 50, helpText: 'Find the invoice with exactly this number, such as 1042.' }),
  contactId: contactId({ helpText: 'Only invoices of this contact. Choose one, search for one, or map a HighLevel contact ID.' }),
  search: string({ label: 'Search Text', maxLength: 200, helpText: 'Words from the invoice name or the contact\'s name.' }),
  status: invoiceStatus({ label: 'Status', helpText: 'Only invoices in this status.' }),
});

const sameNumber = (invoice: Json, wanted: string) => String(invoice.invoiceNumber ?? '').replace(/^#/, '') === wanted.replace(/^#/, '');

/**
 * GET /invoices/ (altId, altType, limit and offset are required). By number: HighLevel's `search` matches it among
 * other text, so only the invoice with exactly that number is kept. Otherwise newest issue date first.
 */
export default searchAction({
  key: 'find_invoice',
  noun: 'Invoice',
  label: 'Find Invoice',
  description: 'Finds an invoice by number, contact, status or search text.',
  inputs: fields,
  request: (input, { connection }) => {
    if (!input.invoiceNumber && !input.contactId && !input.search && !input.status) {
      throw invalidInput(['Give an Invoice Number (invoiceNumber), a Contact (contactId), Search Text (search) or a Status (status) to search by.']);
    }
    return {
      method: 'GET',
      path: apiPath`/invoices/`,
      query: {
        altId: connection.locationId,
        altType: 'location',
        limit: PAGE_SIZE,
        offset: '0',
        search: input.invoiceNumber?.replace(/^#/, '') ?? input.search,
        contactId: input.contactId,
        status: input.status,
        sortField: 'issueDate',
        sortOrder: 'descend',
      },
    };
  },
  results: (response, input) => {
    const invoices = itemsOf(response, 'invoices').map(invoiceResult);
    const matching = input.invoiceNumber ? invoices.filter((invoice) => sameNumber(invoice, input.invoiceNumber!)) : invoices;
    return newestFirst(newestFirst(matching, 'createdAt'), 'issueDate');
  },
  sample: invoiceSample,
  outputFields: invoiceOutputFields,
});
