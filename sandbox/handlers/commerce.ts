import { DEMO } from '../demo';
import type { Call, Handler } from '../handlers';
import { HighLevelError, type Outcome } from '../responses';
import type { Json, Store } from '../store';
import { isJson } from '../store';

/**
 * Invoices, orders and the media library in the sandbox, stateful: a created invoice can be listed, sent and paid,
 * an upload gets a hosted URL. The demo sub-account gets one draft invoice and one paid order the first time a
 * commerce route is used on a fresh store (the seed belongs to another module).
 */

export const DEMO_INVOICE_ID = '6578278e879ad2646715ba9c';
export const DEMO_INVOICE_NUMBER = '1001';
export const DEMO_ORDER_ID = '653f5e0cde5a1314e62a837c';

const seeded = new WeakSet<Store>();
/** The demo invoice and order, added once per store; the event handlers' lists call it too (one store serves both). */
export const demoData = (store: Store): Store => {
  if (seeded.has(store)) return store;
  seeded.add(store);
  const contact = store.get('contacts', DEMO.contactId) ?? {};
  store.insert('invoices', {
    _id: DEMO_INVOICE_ID,
    altId: DEMO.locationId,
    altType: 'location',
    name: 'Kitchen renovation – deposit',
    title: 'INVOICE',
    invoiceNumber: DEMO_INVOICE_NUMBER,
    status: 'draft',
    liveMode: true,
    currency: 'USD',
    businessDetails: { name: 'Rivera Renovations' },
    contactDetails: { id: DEMO.contactId, name: contact.name ?? 'Alex Morgan', email: contact.email ?? 'alex.morgan@example.com', phoneNo: contact.phone ?? '' },
    issueDate: '2026-11-30',
    dueDate: '2026-12-14',
    discount: { type: 'percentage', value: 0 },
    invoiceItems: [{ _id: 'DemoInvoiceItem00001', name: 'Design consultation', qty: 2, amount: 150, currency: 'USD', taxes: [] }],
    total: 300,
    amountPaid: 0,
    amountDue: 300,
    createdAt: '2026-11-30T09:27:42.355Z',
    updatedAt: '2026-11-30T09:27:42.355Z',
  });
  store.insert('orders', {
    _id: DEMO_ORDER_ID,
    altId: DEMO.locationId,
    altType: 'location',
    contactId: DEMO.contactId,
    contactName: contact.name ?? 'Alex Morgan',
    contactEmail: contact.email ?? 'alex.morgan@example.com',
    currency: 'USD',
    amount: 90,
    subtotal: 100,
    discount: 10,
    status: 'completed',
    paymentStatus: 'paid',
    liveMode: true,
    totalProducts: 1,
    sourceType: 'funnel',
    sourceName: 'Spring sale checkout',
    createdAt: '2026-11-20T10:23:36.515Z',
    updatedAt: '2026-11-20T10:25:04.846Z',
  });
  return store;
};

const bodyOf = (call: Call): Json => (isJson(call.body) ? call.body : {});

/** HighLevel names these records by `_id` only; the store keeps `id` too. */
export const shown = ({ id, dateAdded: _added, dateUpdated: _updated, ...record }: Json): Json => ({ _id: id, ...record });

const includes = (value: unknown, text: string) => typeof value === 'string' && value.toLowerCase().includes(text);

const invoiceOf = (call: Call): Json => {
  const id = String(call.params.invoiceId);
  const invoice = demoData(call.store).get('invoices', id);
  if (!invoice || invoice.altId !== bodyOf(call).altId) throw new HighLevelError(400, 'Unable to find an invoice with the given invoice id');
  return invoice;
};

/** `search` of the invoice list: the name, number or contact name holds the text (any case). */
export const invoiceMatches = (invoice: Json, search: unknown): boolean => {
  const text = String(search ?? '').trim().toLowerCase();
  return !text || [invoice.name, String(invoice.invoiceNumber), (invoice.contactDetails as Json | undefined)?.name].some((value) => includes(value, text));
};

/** `search` of the order list: the contact's name or email, the source name or the order id holds the text. */
export const orderMatches = (order: Json, search: unknown): boolean => {
  const text = String(search ?? '').trim().toLowerCase();
  return !text || [order.contactName, order.contactEmail, order.sourceName, order.id].some((value) => includes(value, text));
};

const createInvoice: Handler = (call) => {
  const body = bodyOf(call);
  const store = demoData(call.store);
  const items = (Array.isArray(body.items) ? body.items : []).filter(isJson);
  const subtotal = items.reduce((sum, item) => sum + Number(item.amount) * Number(item.qty), 0);
  const discount = isJson(body.discount) ? body.discount : { type: 'percentage', value: 0 };
  const off = discount.type === 'fixed' ? Number(discount.value ?? 0) : (subtotal * Number(discount.value ?? 0)) / 100;
  const total = Math.max(0, Math.round((subtotal - off) * 100) / 100);
  const numbers = store.list('invoices').map((invoice) => Number(invoice.invoiceNumber)).filter(Number.isFinite);
  const now = store.now();
  const { items: _items, sentTo: _sentTo, ...fields } = body;
  const invoice = store.insert('invoices', {
    ...fields,
    title: body.title ?? 'INVOICE',
    invoiceNumber: body.invoiceNumber ?? String(Math.max(1000, ...numbers) + 1),
    status: 'draft',
    invoiceItems: items.map((item, index) => ({ _id: `item${index + 1}`, taxes: [], ...item })),
    discount,
    total,
    amountPaid: 0,
    amountDue: total,
    createdAt: now,
    updatedAt: now,
  });
  return { body: { ...shown(invoice), traceId: crypto.randomUUID() } };
};

const sendInvoice: Handler = (call) => {
  const invoice = invoiceOf(call);
  const sent = call.store.update('invoices', String(invoice.id), { status: invoice.status === 'draft' ? 'sent' : invoice.status, updatedAt: call.store.now() })!;
  const action = String(bodyOf(call).action);
  return { body: { invoice: shown(sent), smsData: action.includes('sms') ? { queued: true } : {}, emailData: action.includes('email') ? { queued: true } : {} } };
};

const recordPayment: Handler = (call) => {
  const invoice = invoiceOf(call);
  if (invoice.status === 'void') throw new HighLevelError(400, 'A void invoice cannot be paid');
  const due = Number(invoice.amountDue ?? 0);
  const amount = bodyOf(call).amount === undefined ? due : Number(bodyOf(call).amount);
  if (amount > due) throw new HighLevelError(400, `Amount ${amount} is more than the amount due (${due})`);
  const amountPaid = Number(invoice.amountPaid ?? 0) + amount;
  const amountDue = Math.round((due - amount) * 100) / 100;
  const paid = call.store.update('invoices', String(invoice.id), {
    amountPaid,
    amountDue,
    status: amountDue === 0 ? 'paid' : 'partially_paid',
    updatedAt: call.store.now(),
  })!;
  return { body: { success: true, invoice: shown(paid) } };
};

const uploadMedia: Handler = (call) => {
  const body = bodyOf(call);
  const hosted = String(body.hosted) === 'true';
  if (hosted && !body.fileUrl) throw new HighLevelError(422, ['fileUrl is required when hosted is true']);
  if (!hosted && body.file === undefined) throw new HighLevelError(422, ['file is required']);
  const media = call.store.insert('medias', { name: body.name, locationId: call.caller.locationId, size: typeof body.file === 'string' ? body.file.length : 0 });
  const url = hosted ? String(body.fileUrl) : `https://storage.googleapis.com/msgsndr/${call.caller.locationId ?? 'agency'}/media/${String(media.id)}`;
  call.store.update('medias', String(media.id), { url });
  return { body: { fileId: media.id, url, traceId: crypto.randomUUID() } } satisfies Outcome;
};

/** Named handlers, by operationId. */
export const commerceHandlers: Record<string, Handler> = {
  'create-invoice': createInvoice,
  'send-invoice': sendInvoice,
  'record-invoice': recordPayment,
  'upload-media-content': uploadMedia,
};

/**
 * A multipart/form-data body as its fields (a file part becomes its content as text, "true"/"false" booleans):
 * enough for the sandbox to validate and store an upload.
 */
export const parseMultipart = (text: string, contentType: string): Json => {
  const boundary = /boundary=("?)([^";]+)\1/i.exec(contentType)?.[2];
  if (!boundary) throw new HighLevelError(400, 'Multipart body without a boundary');
  const fields: Json = {};
  for (const part of text.split(`--${boundary}`).slice(1)) {
    if (part.startsWith('--')) break;
    const [head = '', ...rest] = part.replace(/^\r\n/, '').split('\r\n\r\n');
    const name = /name="([^"]+)"/.exec(head)?.[1];
    const value = rest.join('\r\n\r\n').replace(/\r\n$/, '');
    // Form fields are text; the spec types `hosted` as a boolean, which HighLevel reads from "true"/"false".
    if (name) fields[name] = /filename=/.test(head) ? value : value === 'true' ? true : value === 'false' ? false : value;
  }
  return fields;
};
