import type { Context, Json } from '../../factories/common';
import { isoOf, PAGE_BUDGET, PAGE_SIZE, readPages } from '../../fields/events/common';
import { boolean, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';
import { eventTrigger } from './eventTrigger';

/**
 * GET /invoices/ filtered by `status=paid` (and `partially_paid` when asked: one more request), sorted by issue date,
 * newest first (`sortField=issueDate`, `sortOrder=descend`, the only sort the spec offers). HighLevel cannot sort by
 * payment date, so each poll reads up to PAGE_BUDGET pages per status: an invoice paid now but issued before the
 * newest PAGE_BUDGET × 100 paid invoices is missed. id = invoice id + status (contract: `invoiceId:paid`).
 */

const loadStatus = (context: Context, status: 'paid' | 'partially_paid'): Promise<Json[]> =>
  readPages(context, 'invoices', (page) => ({
    method: 'GET',
    path: apiPath`/invoices/`,
    // limit and offset are text in the spec (both required).
    query: {
      altId: context.connection.locationId,
      altType: 'location',
      status,
      sortField: 'issueDate',
      sortOrder: 'descend',
      limit: String(PAGE_SIZE),
      offset: String(page * PAGE_SIZE),
    },
  }));

const invoiceSample = {
  _id: '6578278e879ad2646715ba9c',
  id: '6578278e879ad2646715ba9c:paid',
  invoiceId: '6578278e879ad2646715ba9c',
  status: 'paid',
  liveMode: true,
  amountPaid: 999,
  altId: 've9EPM428h8vShlRW1KT',
  altType: 'location',
  name: 'Kitchen renovation deposit',
  invoiceNumber: '19',
  title: 'INVOICE',
  currency: 'USD',
  total: 999,
  amountDue: 0,
  issueDate: '2026-11-20',
  dueDate: '2026-11-30',
  contactDetails: { id: 'c6tZZU0rJBf30ZXx9Gli', name: 'Alex Morgan', email: 'alex@example.com', phoneNo: '+12145596993' },
  invoiceItems: [{ _id: 'c6tZZU0rJBf30ZXx9Gli', name: 'Deposit', qty: 1, amount: 999, currency: 'USD' }],
  createdAt: '2026-11-20T09:27:42.355Z',
  updatedAt: '2026-11-29T15:02:10.120Z',
};

export default eventTrigger({
  key: 'invoice_paid',
  noun: 'Invoice',
  label: 'Invoice Paid',
  description: 'Triggers when an invoice of the sub-account is paid (optionally also when it is partly paid).',
  inputs: inputs({
    includePartial: boolean({
      label: 'Also Partly Paid',
      helpText:
        'Yes also triggers when an invoice is partly paid (and again when it is paid in full). ' +
        `Each check reads the ${PAGE_BUDGET * PAGE_SIZE} paid invoices with the latest issue dates (with Yes, as many partly paid ones too): an older invoice paid now is missed.`,
      default: 'no',
    }),
  }),
  load: async (input, context) => [
    ...(await loadStatus(context, 'paid')),
    ...(input.includePartial ? await loadStatus(context, 'partially_paid') : []),
  ],
  recordIdKey: 'invoiceId',
  keep: (invoice, input) => invoice.status === 'paid' || (Boolean(input.includePartial) && invoice.status === 'partially_paid'),
  mapItem: (invoice) => ({ ...invoice, updatedAt: isoOf(invoice.updatedAt) ?? invoice.updatedAt }),
  marker: (invoice) => [invoice.status],
  newestFirstBy: 'updatedAt',
  sample: invoiceSample,
  outputFields: [
    { key: 'id', label: 'Payment Event ID (invoice + status)' },
    { key: 'invoiceId', label: 'Invoice ID' },
    { key: 'invoiceNumber', label: 'Invoice Number' },
    { key: 'name', label: 'Invoice Name' },
    { key: 'status', label: 'Status' },
    { key: 'total', label: 'Total', type: 'number' },
    { key: 'amountPaid', label: 'Amount Paid', type: 'number' },
    { key: 'amountDue', label: 'Amount Due', type: 'number' },
    { key: 'currency', label: 'Currency' },
    { key: 'issueDate', label: 'Issue Date' },
    { key: 'dueDate', label: 'Due Date' },
    { key: 'contactDetails__id', label: 'Contact ID' },
    { key: 'contactDetails__name', label: 'Contact Name' },
    { key: 'contactDetails__email', label: 'Contact Email' },
    { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
  ],
});
