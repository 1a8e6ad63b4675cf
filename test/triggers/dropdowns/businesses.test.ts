import { highLevel, LOCATION_ID, run } from '../../helpers';

// Answer shape: GET /businesses/ → {businesses: [{id, name, …}]} (official spec, operationId get-businesses-by-location).
describe('dropdown_businesses', () => {
  it('lists the businesses of the sub-account, page by page (100 a page)', async () => {
    const scope = highLevel()
      .get('/businesses/')
      .query({ locationId: LOCATION_ID, limit: '100', skip: '200' })
      .reply(200, { businesses: [{ id: 'biz1', name: 'Acme Inc', locationId: LOCATION_ID, email: 'hello@acme.example' }], traceId: 't1' });
    const choices = await run('triggers', 'dropdown_businesses', {}, { meta: { isFillingDynamicDropdown: true, page: 2 } });
    expect(choices).toEqual([{ id: 'biz1', name: 'Acme Inc', locationId: LOCATION_ID, email: 'hello@acme.example' }]);
    scope.done();
  });
});
