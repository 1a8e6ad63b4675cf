import { loadPaymentRecords, payerOutputFields, PAYMENT_LIMIT, withPaymentValues } from '../../fields/events/payments';
import { choice, inputs } from '../../fields/kit';
import { eventTrigger } from './eventTrigger';

/** OrderResponseSchema (apps/payments.json), the shape of GET /payments/orders items. */
const orderSample = {
  _id: '653f5e0cde5a1314e62a837c',
  id: '653f5e0cde5a1314e62a837c',
  orderId: '653f5e0cde5a1314e62a837c',
  altId: 've9EPM428h8vShlRW1KT',
  altType: 'location',
  contactId: 'XPLSw2SVagl12LMDeTmQ',
  contactName: 'Rosan Deo',
  contactEmail: 'rosan@deos.com',
  currency: 'USD',
  amount: 100,
  subtotal: 100,
  discount: 0,
  status: 'completed',
  paymentStatus: 'paid',
  liveMode: true,
  totalProducts: 1,
  sourceType: 'funnel',
  sourceName: 'Spring offer',
  sourceSubType: 'one_step_order_form',
  fulfillmentStatus: 'unfulfilled',
  createdAt: '2026-11-29T10:23:36.515Z',
  updatedAt: '2026-11-29T10:23:40.846Z',
};

export default eventTrigger({
  key: 'new_order',
  noun: 'Order',
  label: 'New Order',
  description: 'Triggers when an order is placed in the sub-account (optionally: only with this payment status).',
  inputs: inputs({
    paymentStatus: choice({
      label: 'Payment Status',
      helpText: `Only orders with this payment status. Leave empty for every order. ${PAYMENT_LIMIT}`,
      values: { paid: 'Paid', unpaid: 'Unpaid', partially_paid: 'Partially paid', refunded: 'Refunded' },
    }),
  }),
  load: (input, context) => loadPaymentRecords(context, 'orders', { paymentStatus: input.paymentStatus }),
  recordIdKey: 'orderId',
  mapItem: withPaymentValues,
  newestFirstBy: 'createdAt',
  sample: orderSample,
  outputFields: [
    { key: 'id', label: 'Order ID' },
    { key: 'orderId', label: 'Order ID (HighLevel)' },
    ...payerOutputFields,
    { key: 'status', label: 'Order Status' },
    { key: 'paymentStatus', label: 'Payment Status' },
    { key: 'fulfillmentStatus', label: 'Fulfillment Status' },
    { key: 'sourceType', label: 'Source Type' },
    { key: 'sourceName', label: 'Source Name' },
    { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
  ],
});
