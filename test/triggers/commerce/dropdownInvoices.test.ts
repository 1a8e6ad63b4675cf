import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('dropdown_invoices (invoice choices)', () => {
  it('lists a page of invoices, newest first, named by number, name and contact', async () => {
    const scope = highLevel()
      .get('/invoices/')
      .query({ altId: LOCATION_ID, altType: 'location', limit: '100', offset: '100', sortField: 'issueDate', sortOrder: 'descend' })
      .reply(200, { invoices: [{ _id: 'inv1', invoiceNumber: 1042, name: 'Kitchen deposit', contactDetails: { name: 'Rosan Deo' } }, { _id: 'inv2' }], total: 2 });
    await expect(run('triggers', 'dropdown_invoices', {}, { meta: { page: 1 } })).resolves.toEqual([
      { _id: 'inv1', id: 'inv1', invoiceNumber: 1042, name: '#1042 Kitchen deposit (Rosan Deo)', contactDetails: { name: 'Rosan Deo' } },
      { _id: 'inv2', id: 'inv2', name: 'inv2' },
    ]);
    scope.done();
  });
});
