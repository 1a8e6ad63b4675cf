import { createAction } from '../../factories/actions';
import { recordIn } from '../../factories/common';
import { invoiceId, invoiceOutputFields, invoiceResult, invoiceSample } from '../../fields/invoices';
import { choice, datetime, inputs, invalidInput, number, string, text } from '../../fields/kit';
import { apiPath } from '../../http/path';

const fields = inputs({
  invoiceId: invoiceId({ required: true, helpText: 'The invoice that was paid. Choose one, search for one, or map a HighLevel invoice ID.' }),
  mode: choice({
    label: 'Payment Method',
    required: true,
    values: { cash: 'Cash', card: 'Card', cheque: 'Cheque', bank_transfer: 'Bank transfer', other: 'Other' },
    helpText: 'How the contact paid, outside HighLevel.',
  }),
  amount: number({ label: 'Amount', min: 0.01, helpText: 'The amount received, in the invoice currency, such as 150.00. Leave blank for the full amount due.' }),
  notes: text({ label: 'Notes', helpText: 'Recorded with the payment, such as a receipt or reference number.' }),
  paidAt: datetime({ label: 'Paid At', as: 'iso', helpText: 'When the payment was received, such as 2026-01-31T14:30:00-05:00. Leave blank for now.' }),
  cardBrand: string({ label: 'Card Brand', maxLength: 50, helpText: 'For card payments: Visa, Mastercard…' }),
  cardLast4: string({ label: 'Card Last 4 Digits', maxLength: 4, helpText: 'For card payments: the last four digits of the card.' }),
  chequeNumber: string({ label: 'Cheque Number', maxLength: 100, helpText: 'For cheque payments.' }),
});

/**
 * POST /invoices/{invoiceId}/record-payment. RecordPaymentDto requires altId, altType, mode, card{brand,last4},
 * cheque{number} and notes whatever the mode (apps/invoices.json), so what does not apply goes out as empty text: the
 * spec leaves no way to omit it, and a payment record is new, so nothing stored is overwritten.
 */
export default createAction({
  key: 'record_invoice_payment',
  noun: 'Payment',
  label: 'Record Invoice Payment',
  description: 'Records a payment made outside HighLevel (cash, cheque, bank transfer…) against an invoice.',
  inputs: fields,
  request: (input, { connection }) => {
    // Details of another payment method would be dropped without a word: refuse them by name instead.
    const misplaced = [
      ...(input.mode !== 'card' ? (['cardBrand', 'cardLast4'] as const).filter((key) => input[key] !== undefined).map((key) => `${key === 'cardBrand' ? 'Card Brand' : 'Card Last 4 Digits'} (${key}) needs Payment Method (mode) card.`) : []),
      ...(input.mode !== 'cheque' && input.chequeNumber !== undefined ? ['Cheque Number (chequeNumber) needs Payment Method (mode) cheque.'] : []),
    ];
    if (misplaced.length) throw invalidInput(misplaced);
    if (input.cardLast4 !== undefined && !/^\d{4}$/.test(input.cardLast4)) {
      throw invalidInput([`Card Last 4 Digits (cardLast4): expected four digits, got "${input.cardLast4}".`]);
    }
    return {
      method: 'POST',
      path: apiPath`/invoices/${input.invoiceId}/record-payment`,
      body: {
        altId: connection.locationId,
        altType: 'location',
        mode: input.mode,
        card: { brand: input.cardBrand ?? '', last4: input.cardLast4 ?? '' },
        cheque: { number: input.chequeNumber ?? '' },
        notes: input.notes ?? '',
        amount: input.amount,
        fulfilledAt: input.paidAt,
      },
    };
  },
  // RecordPaymentResponseDto: {success, invoice}.
  result: (response) => ({ ...invoiceResult(recordIn(response, ['invoice']) ?? {}), success: (response as { success?: unknown })?.success === true }),
  sample: { ...invoiceSample, status: 'paid', amountPaid: 300, amountDue: 0, success: true },
  outputFields: [...invoiceOutputFields, { key: 'success', label: 'Payment Recorded', type: 'boolean' }],
});
