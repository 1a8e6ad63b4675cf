import { loadPaymentRecords, payerOutputFields, PAYMENT_LIMIT, withPaymentValues } from '../../fields/events/payments';
import { inputs } from '../../fields/kit';
import { eventTrigger } from './eventTrigger';

/** TxnResponseSchema (apps/payments.json), the shape of GET /payments/transactions items. */
const transactionSample = {
  _id: '61dd0feac077f72010f78804',
  id: '61dd0feac077f72010f78804',
  transactionId: '61dd0feac077f72010f78804',
  altId: 've9EPM428h8vShlRW1KT',
  altType: 'location',
  contactId: 'XPLSw2SVagl12LMDeTmQ',
  contactName: 'Rosan Deo',
  contactEmail: 'rosan@deos.com',
  currency: 'USD',
  amount: 100,
  status: 'succeeded',
  liveMode: true,
  entityType: 'order',
  entityId: '653f5e0cde5a1314e62a837c',
  entitySourceType: 'funnel',
  entitySourceName: 'Spring offer',
  paymentProviderType: 'stripe',
  amountRefunded: 0,
  createdAt: '2026-11-29T10:23:36.515Z',
  updatedAt: '2026-11-29T10:23:36.515Z',
};

export default eventTrigger({
  key: 'new_payment',
  noun: 'Payment',
  label: 'New Payment',
  description: `Triggers when a payment (transaction) is recorded in the sub-account. ${PAYMENT_LIMIT}`,
  inputs: inputs({}),
  load: (_input, context) => loadPaymentRecords(context, 'transactions', {}),
  recordIdKey: 'transactionId',
  mapItem: withPaymentValues,
  newestFirstBy: 'createdAt',
  sample: transactionSample,
  outputFields: [
    { key: 'id', label: 'Transaction ID' },
    { key: 'transactionId', label: 'Transaction ID (HighLevel)' },
    ...payerOutputFields,
    { key: 'status', label: 'Status' },
    { key: 'entityType', label: 'Paid For (order, invoice…)' },
    { key: 'entityId', label: 'Paid For ID' },
    { key: 'paymentProviderType', label: 'Payment Provider' },
    { key: 'amountRefunded', label: 'Amount Refunded' },
  ],
});
