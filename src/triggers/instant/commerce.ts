import { instantTrigger } from './factory';
import { recordOf, required } from './payloads';

/** InvoicePaid: the invoice record itself, its id under `_id` (docs/webhook events/InvoicePaid.md). */
export const invoicePaidInstant = instantTrigger({
  key: 'invoice_paid_instant',
  label: 'Invoice Paid (Instant)',
  description: 'Triggers as soon as an invoice of the sub-account is paid in full (through the webhook relay).',
  event: 'InvoicePaid',
  twin: 'invoice_paid',
  fromWebhook: (payload) => {
    const invoiceId = required(payload, '_id', 'InvoicePaid');
    return [{ ...recordOf(payload), invoiceId, id: `${invoiceId}:paid` }];
  },
});

/** OrderCreate: the order record, its id under `_id` (docs/webhook events/OrderCreate.md). */
export const newOrderInstant = instantTrigger({
  key: 'new_order_instant',
  label: 'New Order (Instant)',
  description: 'Triggers as soon as an order is placed in the sub-account (through the webhook relay).',
  event: 'OrderCreate',
  twin: 'new_order',
  fromWebhook: (payload) => {
    const orderId = required(payload, '_id', 'OrderCreate');
    return [{ ...recordOf(payload), orderId, id: orderId }];
  },
});
