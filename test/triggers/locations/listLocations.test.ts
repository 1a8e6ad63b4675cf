import { COMPANY_ID, highLevel, run } from '../../helpers';

describe('list_locations (List Locations)', () => {
  it('asks GET /locations/search with the connection company id, limit/skip as strings, newest first', async () => {
    const scope = highLevel()
      .get('/locations/search')
      .query({ companyId: COMPANY_ID, skip: '0', limit: '100', order: 'desc' })
      .reply(200, { locations: [{ id: 'loc1', name: 'Mark Shoes' }] });
    await expect(run('triggers', 'list_locations')).resolves.toEqual([{ id: 'loc1', name: 'Mark Shoes' }]);
    scope.done();
  });

  it('filters by email and refuses a bad one before any request', async () => {
    const scope = highLevel()
      .get('/locations/search')
      .query({ companyId: COMPANY_ID, skip: '0', limit: '100', order: 'desc', email: 'john@example.com' })
      .reply(200, { locations: [] });
    await expect(run('triggers', 'list_locations', { email: 'john@example.com' })).resolves.toEqual([]);
    scope.done();
    await expect(run('triggers', 'list_locations', { email: 'john' })).rejects.toThrow(/Email \(email\): expected an email address/);
  });
});
