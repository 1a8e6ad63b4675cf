import { searchAction } from '../../factories/actions';
import { itemsOf, newestFirst, withId } from '../../factories/common';
import { contactId } from '../../fields/dropdowns';
import { choice, inputs, invalidInput, string } from '../../fields/kit';
import { apiPath } from '../../http/path';

const PAGE_SIZE = 100;

const fields = inputs({
  contactId: contactId({ helpText: 'Only orders of this contact. Choose one, search for one, or map a HighLevel contact ID.' }),
  search: string({ label: 'Search Text', maxLength: 200, helpText: 'Words from the order (product or contact name, order number).' }),
  paymentStatus: choice({
    label: 'Payment Status',
    values: { paid: 'Paid', unpaid: 'Unpaid', partially_paid: 'Partially paid', refunded: 'Refunded' },
    helpText: 'Only orders with this payment status.',
  }),
});

/**
 * GET /payments/orders (altId, the sub-account, is required; `data[]` + `totalCount`, each order's id is `_id`).
 * The newest order comes first.
 */
export default searchAction({
  key: 'find_order',
  noun: 'Order',
  label: 'Find Order',
  description: 'Finds the newest order of a contact, or matching search text or a payment status.',
  inputs: fields,
  request: (input, { connection }) => {
    if (!input.contactId && !input.search && !input.paymentStatus) {
      throw invalidInput(['Give a Contact (contactId), Search Text (search) or a Payment Status (paymentStatus) to search by.']);
    }
    return {
      method: 'GET',
      path: apiPath`/payments/orders`,
      query: {
        altId: connection.locationId,
        locationId: connection.locationId,
        contactId: input.contactId,
        search: input.search,
        paymentStatus: input.paymentStatus,
        limit: PAGE_SIZE,
        offset: 0,
      },
    };
  },
  results: (response) => newestFirst(itemsOf(response, 'data').map((order) => withId(order, '_id')), 'createdAt'),
  // OrderResponseSchema (apps/payments.json).
  sample: {
    id: '653f5e0cde5a1314e62a837c',
    _id: '653f5e0cde5a1314e62a837c',
    altId: 've9EPM428h8vShlRW1KT',
    altType: 'location',
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    contactName: 'Rosan Deo',
    contactEmail: 'rosan@deos.com',
    currency: 'USD',
    amount: 90,
    subtotal: 100,
    discount: 10,
    status: 'completed',
    liveMode: true,
    totalProducts: 1,
    sourceType: 'funnel',
    sourceName: 'Spring sale checkout',
    sourceId: 'kDj7BHej9Zyyq3QakJmz',
    couponCode: 'SPRING10',
    fulfillmentStatus: 'unfulfilled',
    createdAt: '2026-11-20T10:23:36.515Z',
    updatedAt: '2026-11-20T10:25:04.846Z',
  },
  outputFields: [
    { key: 'id', label: 'Order ID' },
    { key: 'status', label: 'Status' },
    { key: 'fulfillmentStatus', label: 'Fulfillment Status' },
    { key: 'currency', label: 'Currency' },
    { key: 'amount', label: 'Amount', type: 'number' },
    { key: 'subtotal', label: 'Subtotal', type: 'number' },
    { key: 'discount', label: 'Discount', type: 'number' },
    { key: 'contactId', label: 'Contact ID' },
    { key: 'contactName', label: 'Contact Name' },
    { key: 'contactEmail', label: 'Contact Email' },
    { key: 'sourceType', label: 'Source Type' },
    { key: 'sourceName', label: 'Source Name' },
    { key: 'couponCode', label: 'Coupon Code' },
    { key: 'liveMode', label: 'Live Mode', type: 'boolean' },
    { key: 'createdAt', label: 'Created At', type: 'datetime' },
    { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
  ],
});
