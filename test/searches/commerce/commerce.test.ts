import { highLevel, LOCATION_ID, run } from '../../helpers';

const invoiceQuery = { altId: LOCATION_ID, altType: 'location', limit: '100', offset: '0', sortField: 'issueDate', sortOrder: 'descend' };

describe('find_invoice (Find Invoice)', () => {
  it('finds by number: only the invoice with exactly that number', async () => {
    const scope = highLevel()
      .get('/invoices/')
      .query({ ...invoiceQuery, search: '1042' })
      .reply(200, {
        invoices: [
          { _id: 'a', invoiceNumber: '10421', issueDate: '2026-11-30' },
          { _id: 'b', invoiceNumber: '1042', issueDate: '2026-10-01' },
        ],
        total: 2,
      });
    await expect(run('searches', 'find_invoice', { invoiceNumber: '#1042' })).resolves.toEqual([{ _id: 'b', id: 'b', invoiceNumber: '1042', issueDate: '2026-10-01' }]);
    scope.done();
  });

  it('finds by contact, status and text, newest issue date first', async () => {
    const scope = highLevel()
      .get('/invoices/')
      .query({ ...invoiceQuery, search: 'kitchen', contactId: 'c1', status: 'sent' })
      .reply(200, {
        invoices: [
          { _id: 'old', issueDate: '2026-01-05' },
          { _id: 'new', issueDate: '2026-11-05' },
        ],
        total: 2,
      });
    const found = await run<Array<{ id: string }>>('searches', 'find_invoice', { contactId: 'c1', status: 'sent', search: 'kitchen' });
    expect(found.map((invoice) => invoice.id)).toEqual(['new', 'old']);
    scope.done();
  });

  it('returns [] when nothing matches, and asks for a criterion', async () => {
    const scope = highLevel().get('/invoices/').query({ ...invoiceQuery, contactId: 'c9' }).reply(200, { invoices: [], total: 0 });
    await expect(run('searches', 'find_invoice', { contactId: 'c9' })).resolves.toEqual([]);
    scope.done();
    await expect(run('searches', 'find_invoice', {})).rejects.toThrow(/Give an Invoice Number \(invoiceNumber\), a Contact \(contactId\)/);
    await expect(run('searches', 'find_invoice', { status: 'lost' })).rejects.toThrow(/Status \(status\): expected one of/);
  });
});

describe('find_order (Find Order)', () => {
  it('finds a contact\'s orders with altId, newest first, each with an id', async () => {
    const scope = highLevel()
      .get('/payments/orders')
      .query({ altId: LOCATION_ID, locationId: LOCATION_ID, contactId: 'c1', paymentStatus: 'paid', limit: '100', offset: '0' })
      .reply(200, {
        data: [
          { _id: 'o1', createdAt: '2026-10-01T10:00:00.000Z', amount: 10 },
          { _id: 'o2', createdAt: '2026-11-01T10:00:00.000Z', amount: 20 },
        ],
        totalCount: 2,
      });
    await expect(run('searches', 'find_order', { contactId: 'c1', paymentStatus: 'paid' })).resolves.toEqual([
      { _id: 'o2', id: 'o2', createdAt: '2026-11-01T10:00:00.000Z', amount: 20 },
      { _id: 'o1', id: 'o1', createdAt: '2026-10-01T10:00:00.000Z', amount: 10 },
    ]);
    scope.done();
  });

  it('returns [] when nothing matches, and asks for a criterion', async () => {
    const scope = highLevel()
      .get('/payments/orders')
      .query({ altId: LOCATION_ID, locationId: LOCATION_ID, search: 'nothing', limit: '100', offset: '0' })
      .reply(200, { data: [], totalCount: 0 });
    await expect(run('searches', 'find_order', { search: 'nothing' })).resolves.toEqual([]);
    scope.done();
    await expect(run('searches', 'find_order', {})).rejects.toThrow(/Give a Contact \(contactId\), Search Text \(search\) or a Payment Status/);
  });
});
