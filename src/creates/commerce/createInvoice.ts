import { createAction } from '../../factories/actions';
import { recordIn } from '../../factories/common';
import { contactId } from '../../fields/dropdowns';
import { checkDueDate, currency, invoiceItems, invoiceOutputFields, invoiceResult, invoiceSample, lineItems } from '../../fields/invoices';
import { boolean, choice, date, email, inputs, invalidInput, number, phone, string, text } from '../../fields/kit';
import { callApi } from '../../http/client';
import { apiPath } from '../../http/path';

const fields = inputs({
  contactId: contactId({ required: true, helpText: 'Who the invoice is for. Choose a contact, search for one, or map a HighLevel contact ID.' }),
  name: string({ label: 'Invoice Name', required: true, maxLength: 500, helpText: 'Shown in HighLevel\'s invoice list, such as "Kitchen remodel – deposit".' }),
  currency: currency({ label: 'Currency', required: true, default: 'USD', helpText: 'A three-letter currency code such as USD, EUR or GBP; every item is billed in it.' }),
  items: lineItems({ label: 'Items' }),
  issueDate: date({ label: 'Issue Date', required: true, helpText: 'The invoice date, such as 2026-01-31.' }),
  dueDate: date({ label: 'Due Date', helpText: 'When payment is due, such as 2026-02-14; on or after the issue date.' }),
  title: string({ label: 'Title', maxLength: 200, helpText: 'The heading printed on the invoice. HighLevel uses "INVOICE" when left blank.' }),
  invoiceNumber: string({ label: 'Invoice Number', maxLength: 50, helpText: 'Leave blank to let HighLevel number the invoice.' }),
  discountType: choice({ label: 'Discount Type', values: { percentage: 'Percentage', fixed: 'Fixed amount' }, helpText: 'How Discount Value is read.' }),
  discountValue: number({ label: 'Discount Value', min: 0, helpText: 'A percentage (such as 10) or an amount in the invoice currency.' }),
  termsNotes: text({ label: 'Terms and Notes', helpText: 'Printed at the bottom of the invoice.' }),
  businessName: string({ label: 'Business Name', maxLength: 200, helpText: 'Your business as printed on the invoice. Leave blank for the sub-account\'s own details.' }),
  liveMode: boolean({ label: 'Live Mode', default: 'true', helpText: 'No creates a test-mode invoice that cannot take real payments.' }),
  contactName: string({ label: 'Bill-to Name', maxLength: 200, helpText: 'Overrides the contact\'s name on the invoice.' }),
  contactEmail: email({ label: 'Bill-to Email', helpText: 'Overrides the contact\'s email; the invoice is sent there.' }),
  contactPhone: phone({ label: 'Bill-to Phone', helpText: 'Overrides the contact\'s phone, such as +1 555 123 4567.' }),
});

type ContactRecord = { firstName?: string; lastName?: string; name?: string; contactName?: string; email?: string; phone?: string; companyName?: string };

/**
 * POST /invoices/ with every field CreateInvoiceDto requires (altId, altType, name, businessDetails, currency, items,
 * discount, contactDetails{id,name,phoneNo,email}, issueDate, sentTo{email}, liveMode). The bill-to details come from
 * the chosen contact (GET /contacts/{contactId} answers `{contact, traceId}`, highlevel-api.md §17), unless mapped. A
 * contact without an email or phone leaves that field empty (the spec requires the keys; the invoice is new, so
 * nothing stored is overwritten).
 */
export default createAction({
  key: 'create_invoice',
  noun: 'Invoice',
  label: 'Create Invoice',
  description: 'Creates a draft invoice for a contact, with line items, in the sub-account.',
  inputs: fields,
  request: async (input, { z, bundle, connection }) => {
    checkDueDate(input.issueDate, input.dueDate);
    if (input.discountValue !== undefined && (input.discountType ?? 'percentage') === 'percentage' && input.discountValue > 100) {
      throw invalidInput([`Discount Value (discountValue): expected a percentage ≤ 100, got ${input.discountValue}.`]);
    }
    const contact = (recordIn(await callApi(z, bundle, { method: 'GET', path: apiPath`/contacts/${input.contactId}` }), ['contact']) ?? {}) as ContactRecord;
    const name = input.contactName ?? ([contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.name || contact.contactName || contact.email || input.contactId);
    const emailTo = input.contactEmail ?? contact.email ?? '';
    return {
      method: 'POST',
      path: apiPath`/invoices/`,
      body: {
        altId: connection.locationId,
        altType: 'location',
        name: input.name,
        title: input.title,
        invoiceNumber: input.invoiceNumber,
        businessDetails: input.businessName ? { name: input.businessName } : {},
        currency: input.currency,
        items: invoiceItems(input.items, input.currency),
        discount: { type: input.discountType ?? 'percentage', value: input.discountValue ?? 0 },
        termsNotes: input.termsNotes,
        contactDetails: {
          id: input.contactId,
          name,
          email: emailTo,
          phoneNo: input.contactPhone ?? contact.phone ?? '',
          ...(contact.companyName ? { companyName: contact.companyName } : {}),
        },
        issueDate: input.issueDate,
        dueDate: input.dueDate,
        sentTo: { email: emailTo ? [emailTo] : [] },
        liveMode: input.liveMode ?? true,
      },
    };
  },
  // CreateInvoiceResponseDto: the invoice at the root (plus traceId).
  result: (response) => invoiceResult(recordIn(response, ['invoice']) ?? {}),
  sample: invoiceSample,
  outputFields: invoiceOutputFields,
});
