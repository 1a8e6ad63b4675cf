import { createAction } from '../../factories/actions';
import { recordIn } from '../../factories/common';
import { userId } from '../../fields/dropdowns';
import { invoiceId, invoiceOutputFields, invoiceResult, invoiceSample } from '../../fields/invoices';
import { boolean, choice, email, inputs, invalidInput, string } from '../../fields/kit';
import { apiPath } from '../../http/path';

const fields = inputs({
  invoiceId: invoiceId({ required: true, helpText: 'The invoice to send. Choose one, search for one, or map a HighLevel invoice ID.' }),
  action: choice({
    label: 'Send By',
    required: true,
    default: 'email',
    values: { email: 'Email', sms: 'Text message (SMS)', sms_and_email: 'Email and SMS', send_manually: 'Mark as sent (send it yourself)' },
    helpText: 'How the contact receives the invoice. "Mark as sent" sends nothing and only changes its status.',
  }),
  userId: userId({ required: true, helpText: 'The user of the sub-account the invoice is sent on behalf of (replies go to them).' }),
  fromName: string({ label: 'From Name', maxLength: 200, helpText: 'The sender name on the email. Leave blank for the sub-account\'s invoice settings.' }),
  fromEmail: email({ label: 'From Email', helpText: 'The sender address on the email. Leave blank for the sub-account\'s invoice settings.' }),
  liveMode: boolean({ label: 'Live Mode', default: 'true', helpText: 'Must match the invoice: No for a test-mode invoice.' }),
});

/**
 * POST /invoices/{invoiceId}/send with SendInvoiceDto's required altId, altType, userId, action and liveMode. The user is
 * asked for (a dropdown): filling it in silently from the connection would send an unmapped value.
 */
export default createAction({
  key: 'send_invoice',
  noun: 'Invoice',
  label: 'Send Invoice',
  description: 'Sends an invoice to its contact by email and/or SMS, or marks it as sent.',
  inputs: fields,
  request: (input, { connection }) => {
    const sentFrom = input.fromName || input.fromEmail ? { fromName: input.fromName, fromEmail: input.fromEmail } : undefined;
    if (sentFrom && input.action === 'send_manually') throw invalidInput(['From Name (fromName) and From Email (fromEmail) apply only when HighLevel sends the invoice, not with "Mark as sent".']);
    return {
      method: 'POST',
      path: apiPath`/invoices/${input.invoiceId}/send`,
      body: { altId: connection.locationId, altType: 'location', userId: input.userId, action: input.action, liveMode: input.liveMode ?? true, sentFrom },
    };
  },
  // SendInvoicesResponseDto: {invoice, smsData, emailData}.
  result: (response) => invoiceResult(recordIn(response, ['invoice']) ?? {}),
  sample: { ...invoiceSample, status: 'sent' },
  outputFields: invoiceOutputFields,
});
