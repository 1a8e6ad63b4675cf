import nock from 'nock';
import { highLevel, LOCATION_ID, run } from '../../helpers';

const contact = { id: 'c1', firstName: 'Rosan', lastName: 'Deo', email: 'rosan@deos.com', phone: '+14155550123', companyName: 'Deo & Co' };
const invoice = { _id: 'inv1', status: 'draft', name: 'Kitchen deposit', invoiceNumber: '1042', currency: 'EUR', total: 349.5 };

describe('create_invoice (Create Invoice)', () => {
  const input = {
    contactId: 'c1',
    name: 'Kitchen deposit',
    currency: 'eur',
    items: [
      { itemName: 'Design consultation', unitPrice: '150', quantity: '2' },
      { itemName: 'Site visit', itemDescription: 'Half a day', unitPrice: 49.5 },
    ],
    issueDate: '2026-11-30',
    dueDate: '2026-12-14T00:00:00Z',
  };

  it('reads the contact, then posts every field CreateInvoiceDto requires, and returns the invoice with an id', async () => {
    const scope = highLevel()
      .get('/contacts/c1')
      .reply(200, { contact, traceId: 't0' })
      .post('/invoices/', {
        altId: LOCATION_ID,
        altType: 'location',
        name: 'Kitchen deposit',
        businessDetails: {},
        currency: 'EUR',
        items: [
          { name: 'Design consultation', amount: 150, qty: 2, currency: 'EUR', type: 'one_time' },
          { name: 'Site visit', amount: 49.5, qty: 1, description: 'Half a day', currency: 'EUR', type: 'one_time' },
        ],
        discount: { type: 'percentage', value: 0 },
        contactDetails: { id: 'c1', name: 'Rosan Deo', email: 'rosan@deos.com', phoneNo: '+14155550123', companyName: 'Deo & Co' },
        issueDate: '2026-11-30',
        dueDate: '2026-12-14',
        sentTo: { email: ['rosan@deos.com'] },
        liveMode: true,
      })
      .reply(200, { ...invoice, traceId: 't1' });
    await expect(run('creates', 'create_invoice', input)).resolves.toEqual({ ...invoice, id: 'inv1' });
    scope.done();
  });

  it('uses mapped bill-to details, discount, title and test mode', async () => {
    const scope = highLevel()
      .get('/contacts/c1')
      .reply(200, { contact: { id: 'c1' } })
      .post('/invoices/', (body) => {
        expect(body).toMatchObject({
          title: 'QUOTE',
          invoiceNumber: 'A-7',
          businessDetails: { name: 'Rivera Renovations' },
          discount: { type: 'fixed', value: 20 },
          termsNotes: 'Net 14',
          contactDetails: { id: 'c1', name: 'Billing Dept', email: 'billing@deos.com', phoneNo: '+15551234567' },
          sentTo: { email: ['billing@deos.com'] },
          liveMode: false,
        });
        return true;
      })
      .reply(200, invoice);
    await run('creates', 'create_invoice', {
      ...input,
      title: 'QUOTE',
      invoiceNumber: 'A-7',
      businessName: 'Rivera Renovations',
      discountType: 'fixed',
      discountValue: '20',
      termsNotes: 'Net 14',
      contactName: 'Billing Dept',
      contactEmail: 'billing@deos.com',
      contactPhone: '+1 (555) 123-4567',
      liveMode: 'no',
    });
    scope.done();
  });

  it.each([
    [{ currency: 'EURO' }, /Currency \(currency\): expected a three-letter ISO 4217 currency code/],
    [{ currency: 'XYZ' }, /Currency \(currency\): expected a three-letter ISO 4217/],
    [{ items: [{ itemName: 'A', unitPrice: '-1', quantity: 1 }] }, /Items \(items\) \(item 1\): expected a Unit Price \(unitPrice\)/],
    [{ items: [{ itemName: 'A', unitPrice: '10' }, { itemName: 'B', unitPrice: 'ten', quantity: 1 }] }, /Items \(items\) \(item 2\): expected a Unit Price/],
    [{ items: [{ itemName: 'A', unitPrice: '10', quantity: 0 }] }, /Items \(items\) \(item 1\): expected a Quantity \(quantity\) > 0/],
    [{ items: [] }, /Items \(items\) is required/],
    [{ issueDate: '2026-02-30' }, /Issue Date \(issueDate\): expected a date/],
    [{ dueDate: '2026-11-01' }, /Due Date \(dueDate\) must be on or after the Issue Date/],
    [{ discountValue: 120 }, /Discount Value \(discountValue\): expected a percentage ≤ 100/],
    [{ contactId: '../x' }, /Contact \(contactId\): expected an id/],
  ])('refuses %o before any request', async (change, message) => {
    const scope = highLevel().get(/.*/).reply(200, {}).post(/.*/).reply(200, {});
    await expect(run('creates', 'create_invoice', { ...input, ...change })).rejects.toThrow(message);
    expect(scope.isDone()).toBe(false);
    nock.cleanAll();
  });
});

describe('send_invoice (Send Invoice)', () => {
  it('posts altId, altType, userId, action and liveMode, and returns the invoice', async () => {
    const scope = highLevel()
      .post('/invoices/inv1/send', { altId: LOCATION_ID, altType: 'location', userId: 'u1', action: 'email', liveMode: true })
      .reply(200, { invoice: { ...invoice, status: 'sent' }, smsData: {}, emailData: {} });
    await expect(run('creates', 'send_invoice', { invoiceId: 'inv1', action: 'email', userId: 'u1' })).resolves.toEqual({ ...invoice, status: 'sent', id: 'inv1' });
    scope.done();
  });

  it('sends as the chosen user with a sender', async () => {
    const scope = highLevel()
      .post('/invoices/inv1/send', {
        altId: LOCATION_ID,
        altType: 'location',
        userId: 'u2',
        action: 'sms_and_email',
        liveMode: true,
        sentFrom: { fromName: 'Alex', fromEmail: 'alex@example.com' },
      })
      .reply(200, { invoice, smsData: {}, emailData: {} });
    await run('creates', 'send_invoice', { invoiceId: 'inv1', action: 'sms_and_email', userId: 'u2', fromName: 'Alex', fromEmail: 'alex@example.com' });
    scope.done();
  });

  it('refuses an unknown action, a missing user and a sender with "mark as sent"', async () => {
    await expect(run('creates', 'send_invoice', { invoiceId: 'inv1', action: 'email' })).rejects.toThrow(/User \(userId\) is required/);
    await expect(run('creates', 'send_invoice', { invoiceId: 'inv1', userId: 'u1', action: 'fax' })).rejects.toThrow(/Send By \(action\): expected one of: email, sms, sms_and_email, send_manually/);
    await expect(run('creates', 'send_invoice', { invoiceId: 'inv1', userId: 'u1', action: 'send_manually', fromName: 'Alex' })).rejects.toThrow(/From Name \(fromName\)/);
  });
});

describe('record_invoice_payment (Record Invoice Payment)', () => {
  it('posts a cheque payment with every field RecordPaymentDto requires', async () => {
    const scope = highLevel()
      .post('/invoices/inv1/record-payment', {
        altId: LOCATION_ID,
        altType: 'location',
        mode: 'cheque',
        card: { brand: '', last4: '' },
        cheque: { number: '129-129' },
        notes: 'Received at the office',
        amount: 150,
        fulfilledAt: '2026-11-30T19:30:00.000Z',
      })
      .reply(200, { success: true, invoice: { ...invoice, status: 'partially_paid' } });
    await expect(
      run('creates', 'record_invoice_payment', {
        invoiceId: 'inv1',
        mode: 'cheque',
        chequeNumber: '129-129',
        amount: '150',
        notes: 'Received at the office',
        paidAt: '2026-11-30T14:30:00-05:00',
      }),
    ).resolves.toEqual({ ...invoice, status: 'partially_paid', id: 'inv1', success: true });
    scope.done();
  });

  it('sends the card details of a card payment and empty notes when none are mapped', async () => {
    const scope = highLevel()
      .post('/invoices/inv1/record-payment', { altId: LOCATION_ID, altType: 'location', mode: 'card', card: { brand: 'Visa', last4: '4242' }, cheque: { number: '' }, notes: '' })
      .reply(200, { success: true, invoice });
    await run('creates', 'record_invoice_payment', { invoiceId: 'inv1', mode: 'card', cardBrand: 'Visa', cardLast4: '4242' });
    scope.done();
  });

  it('refuses a bad mode, amount or card number before any request', async () => {
    await expect(run('creates', 'record_invoice_payment', { invoiceId: 'inv1', mode: 'paypal' })).rejects.toThrow(/Payment Method \(mode\): expected one of/);
    await expect(run('creates', 'record_invoice_payment', { invoiceId: 'inv1', mode: 'cash', amount: '0' })).rejects.toThrow(/Amount \(amount\): expected a number/);
    await expect(run('creates', 'record_invoice_payment', { invoiceId: 'inv1', mode: 'card', cardLast4: '42x2' })).rejects.toThrow(/Card Last 4 Digits \(cardLast4\): expected four digits/);
    await expect(run('creates', 'record_invoice_payment', { invoiceId: 'inv1', mode: 'cash', cardBrand: 'Visa', chequeNumber: '12' })).rejects.toThrow(
      /Card Brand \(cardBrand\) needs Payment Method \(mode\) card\. Cheque Number \(chequeNumber\) needs Payment Method \(mode\) cheque\./,
    );
  });
});
