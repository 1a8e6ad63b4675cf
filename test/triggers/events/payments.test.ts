import nock from 'nock';
import { highLevel, LOCATION_ID, run } from '../../helpers';
import { freezeNow, type Item, ZapierDedupe } from './support';

freezeNow();

const WINDOW = { startAt: '2026-11-30', endAt: '2026-12-01', limit: '100' };

describe('new_order (New Order)', () => {
  const orders = (data: unknown[], extra: Record<string, string> = {}, offset = '0') =>
    highLevel().get('/payments/orders').query({ altId: LOCATION_ID, locationId: LOCATION_ID, ...extra, ...WINDOW, offset }).reply(200, { data, totalCount: data.length, traceId: 't' });

  it('asks GET /payments/orders for yesterday and today and outputs each order (_id) with amounts as numbers', async () => {
    const scope = orders([{ _id: 'o1', amount: '100', currency: 'USD', paymentStatus: 'paid', createdAt: '2026-12-01T10:00:00.000Z' }], { paymentStatus: 'paid' });
    const items = await run<Item[]>('triggers', 'new_order', { paymentStatus: 'paid' });
    expect(items).toEqual([{ _id: 'o1', id: 'o1', orderId: 'o1', amount: 100, currency: 'USD', paymentStatus: 'paid', createdAt: '2026-12-01T10:00:00.000Z' }]);
    scope.done();
  });

  it('fires once per order and reads a second page when the first is full', async () => {
    const zap = new ZapierDedupe('new_order');
    const page = Array.from({ length: 100 }, (_, index) => ({ _id: `o${index}`, createdAt: '2026-12-01T08:00:00.000Z' }));
    orders(page);
    orders([], {}, '100');
    expect(await zap.poll()).toEqual([]);
    orders(page);
    orders([{ _id: 'new', createdAt: '2026-12-01T11:00:00.000Z' }], {}, '100');
    expect((await zap.poll()).map((item) => item.id)).toEqual(['new']);
    expect(nock.isDone()).toBe(true);
  });
});

describe('new_payment (New Payment)', () => {
  it('asks GET /payments/transactions (altType location) and fires once per transaction', async () => {
    const zap = new ZapierDedupe('new_payment');
    const answer = (data: unknown[]) =>
      highLevel().get('/payments/transactions').query({ altId: LOCATION_ID, altType: 'location', ...WINDOW, offset: '0' }).reply(200, { data, totalCount: data.length });
    const first = { _id: 't1', amount: 50, status: 'succeeded', createdAt: '2026-12-01T09:00:00.000Z' };
    answer([first]);
    expect(await zap.poll()).toEqual([]);
    answer([{ _id: 't2', amount: '75.5', status: 'succeeded', entityType: 'invoice', createdAt: '2026-12-01T11:00:00.000Z' }, first]);
    expect(await zap.poll()).toEqual([expect.objectContaining({ id: 't2', transactionId: 't2', amount: 75.5, entityType: 'invoice' })]);
    answer([{ _id: 't2', amount: '75.5', createdAt: '2026-12-01T11:00:00.000Z' }, first]);
    expect(await zap.poll()).toEqual([]);
    expect(nock.isDone()).toBe(true);
  });
});

describe('invoice_paid (Invoice Paid)', () => {
  const QUERY = { altId: LOCATION_ID, altType: 'location', sortField: 'issueDate', sortOrder: 'descend', limit: '100', offset: '0' };
  const invoices = (status: string, list: unknown[]) => highLevel().get('/invoices/').query({ ...QUERY, status }).reply(200, { invoices: list, total: list.length, traceId: 't' });
  const invoice = (id: string, status: string, fields: Record<string, unknown> = {}) => ({
    _id: id,
    status,
    total: 999,
    amountPaid: status === 'paid' ? 999 : 300,
    issueDate: '2025-01-01',
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...fields,
  });

  it('asks GET /invoices/ for paid invoices by latest issue date; id = invoice + paid', async () => {
    const scope = invoices('paid', [invoice('i1', 'paid')]);
    await expect(run<Item[]>('triggers', 'invoice_paid')).resolves.toEqual([expect.objectContaining({ id: 'i1:paid', invoiceId: 'i1', amountPaid: 999 })]);
    scope.done();
  });

  it('with partly paid: a second request, and the full payment fires again later', async () => {
    const zap = new ZapierDedupe('invoice_paid', { includePartial: 'yes' });
    invoices('paid', []);
    invoices('partially_paid', []);
    expect(await zap.poll()).toEqual([]);
    invoices('paid', []);
    invoices('partially_paid', [invoice('old', 'partially_paid')]);
    expect((await zap.poll()).map((item) => item.id)).toEqual(['old:partially_paid']);
    invoices('paid', [invoice('old', 'paid', { updatedAt: '2026-12-01T11:00:00.000Z' })]);
    invoices('partially_paid', []);
    expect((await zap.poll()).map((item) => item.id)).toEqual(['old:paid']);
    invoices('paid', [invoice('old', 'paid', { updatedAt: '2026-12-01T11:00:00.000Z' })]);
    invoices('partially_paid', []);
    expect(await zap.poll()).toEqual([]);
    expect(nock.isDone()).toBe(true);
  });
});
