import type { PlainOutputField } from 'zapier-platform-core';
import type { Json } from '../factories/common';
import { withId } from '../factories/common';
import type { Input } from './kit';
import { choice, id, invalidInput, lazySchema, string } from './kit';

/**
 * Invoices (`/invoices/`, CreateInvoiceDto and friends in apps/invoices.json): the invoice dropdown, the currency,
 * line items as Zapier line items, and the invoice's sample and output fields. HighLevel names an invoice's id `_id`;
 * every result here also carries it as `id`.
 */

export const invoiceId = <O extends { label?: string; helpText?: string; required?: boolean }>(options: O = {} as O) =>
  id({
    label: 'Invoice',
    helpText: 'An invoice of the sub-account. Choose one, search for one, or map a HighLevel invoice ID.',
    dynamic: 'dropdown_invoices.id.name',
    search: 'find_invoice.id',
    ...options,
  });

/** ISO 4217 codes the runtime knows (Node's `Intl`), e.g. USD, EUR, GBP. */
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));
export const CURRENCY_FORM = 'a three-letter ISO 4217 currency code such as USD, EUR or GBP';

/** A currency code, upper-cased; unknown codes are refused before HighLevel sees them. */
export const currency = <O extends { label: string; helpText?: string; required?: boolean; default?: string }>(options: O) => {
  const field = string(options);
  return {
    ...field,
    schema: lazySchema((zod) =>
      field.schema
        .get()
        .transform((value) => value.toUpperCase())
        .refine((value) => CURRENCIES.has(value), { error: `expected ${CURRENCY_FORM}` }),
    ),
  } as typeof field;
};

export interface LineItem {
  name: string;
  amount: number;
  qty: number;
  description?: string;
}

const LINE_ITEM_FORM = 'line items, each with an Item Name, a Unit Price (a number ≥ 0) and a Quantity (a number > 0)';

/**
 * Zapier line items (`children`): Zapier sends `[{itemName, unitPrice, quantity, itemDescription}, …]`, one object per item, whether
 * the user typed rows or mapped a line-item field. Every item is checked; the error names the item.
 */
export const lineItems = (options: { label: string }): Input<LineItem[], true> => ({
  // Zapier allows no help text beside `children`, and child keys must differ from every other input key.
  field: {
    label: options.label,
    required: true,
    children: [
      { key: 'itemName', label: 'Item Name', required: true },
      { key: 'itemDescription', label: 'Item Description', required: false },
      { key: 'unitPrice', label: 'Unit Price', type: 'number', required: true, helpText: 'The price of one unit, such as 49.99.' },
      { key: 'quantity', label: 'Quantity', type: 'number', required: true, default: '1', helpText: 'How many units, such as 2.' },
    ],
  },
  required: true,
  kind: { kind: 'list', item: 'dict' },
  schema: lazySchema((zod) => {
    const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
    const numberAs = (what: string, check: (value: number) => boolean) =>
      zod
        .union([zod.number(), zod.string().trim().regex(/^\d+(\.\d+)?$/).transform(Number)], { error: `expected ${what}` })
        .refine((value) => Number.isFinite(value) && check(value), { error: `expected ${what}` });
    const text = zod.union([zod.string(), zod.number()]).transform((value) => String(value).trim());
    const item = zod
      .object(
        {
          itemName: text.pipe(zod.string().min(1, { error: 'expected an Item Name (itemName)' })),
          itemDescription: zod.preprocess(blankToUndefined, text.optional()),
          unitPrice: numberAs('a Unit Price (unitPrice) such as 49.99, ≥ 0', (value) => value >= 0),
          quantity: zod.preprocess(blankToUndefined, numberAs('a Quantity (quantity) > 0', (value) => value > 0).optional()).transform((value) => value ?? 1),
        },
        { error: `expected ${LINE_ITEM_FORM}` },
      )
      .transform(({ itemName, itemDescription, unitPrice, quantity }): LineItem => ({
        name: itemName,
        amount: unitPrice,
        qty: quantity,
        ...(itemDescription ? { description: itemDescription } : {}),
      }));
    return zod.array(item, { error: `expected ${LINE_ITEM_FORM}` }).min(1, { error: `expected ${LINE_ITEM_FORM}` });
  }),
});

/** Line items as InvoiceItemDto: one-time items in the invoice's currency. */
export const invoiceItems = (items: LineItem[], currencyCode: string): Json[] =>
  items.map((item) => ({ ...item, currency: currencyCode, type: 'one_time' }));

/** A due date before the issue date is a mapping mistake HighLevel would accept silently. */
export const checkDueDate = (issueDate: string, dueDate: string | undefined): void => {
  if (dueDate && dueDate < issueDate) throw invalidInput([`Due Date (dueDate) must be on or after the Issue Date (issueDate), got ${dueDate} before ${issueDate}.`]);
};

export const invoiceStatus = <O extends { label: string; helpText?: string }>(options: O) =>
  choice({
    ...options,
    values: { draft: 'Draft', sent: 'Sent', payment_processing: 'Payment processing', paid: 'Paid', partially_paid: 'Partially paid', void: 'Void' },
  });

/** An invoice as a Zap can map it: `id` beside HighLevel's `_id`. */
export const invoiceResult = (invoice: Json): Json => withId(invoice, '_id');

// Shaped like CreateInvoiceResponseDto / DefaultInvoiceResponseDto (apps/invoices.json): `_id`, `invoiceItems`, dates
// as YYYY-MM-DD for issue/due and ISO instants for createdAt/updatedAt.
export const invoiceSample = {
  id: '6578278e879ad2646715ba9c',
  _id: '6578278e879ad2646715ba9c',
  status: 'draft',
  liveMode: true,
  amountPaid: 0,
  altId: 've9EPM428h8vShlRW1KT',
  altType: 'location',
  name: 'Kitchen remodel – deposit',
  title: 'INVOICE',
  invoiceNumber: '1042',
  currency: 'USD',
  businessDetails: { name: 'Rivera Renovations', phoneNo: '+1 214 559 6993', website: 'https://rivera.example.com' },
  contactDetails: { id: 'seD4PfOuKoVMLkEZqohJ', name: 'Rosan Deo', email: 'rosan@deos.com', phoneNo: '+14155550123' },
  issueDate: '2026-11-30',
  dueDate: '2026-12-14',
  discount: { type: 'percentage', value: 0 },
  invoiceItems: [{ _id: '6578278e879ad2646715ba9d', name: 'Design consultation', qty: 2, amount: 150, currency: 'USD', taxes: [] }],
  total: 300,
  amountDue: 300,
  createdAt: '2026-11-30T09:27:42.355Z',
  updatedAt: '2026-11-30T09:27:42.355Z',
};

export const invoiceOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Invoice ID' },
  { key: 'invoiceNumber', label: 'Invoice Number' },
  { key: 'name', label: 'Invoice Name' },
  { key: 'title', label: 'Title' },
  { key: 'status', label: 'Status' },
  { key: 'currency', label: 'Currency' },
  { key: 'total', label: 'Total', type: 'number' },
  { key: 'amountPaid', label: 'Amount Paid', type: 'number' },
  { key: 'amountDue', label: 'Amount Due', type: 'number' },
  { key: 'issueDate', label: 'Issue Date' },
  { key: 'dueDate', label: 'Due Date' },
  { key: 'contactDetails__id', label: 'Contact ID' },
  { key: 'contactDetails__name', label: 'Contact Name' },
  { key: 'contactDetails__email', label: 'Contact Email' },
  { key: 'invoiceItems[]name', label: 'Item Names' },
  { key: 'invoiceItems[]amount', label: 'Item Prices' },
  { key: 'invoiceItems[]qty', label: 'Item Quantities' },
  { key: 'liveMode', label: 'Live Mode', type: 'boolean' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
  { key: 'altId', label: 'Sub-account' },
];
