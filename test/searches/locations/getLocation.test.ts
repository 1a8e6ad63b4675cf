import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('get_location (Find Location by ID)', () => {
  it("finds the connection's location by default", async () => {
    const scope = highLevel()
      .get(`/locations/${LOCATION_ID}`)
      .reply(200, { location: { id: LOCATION_ID, name: 'Mark Shoes' } });
    await expect(run('searches', 'get_location')).resolves.toEqual([{ id: LOCATION_ID, name: 'Mark Shoes' }]);
    scope.done();
  });

  it('finds another location by id, [] on 404, and refuses a malformed id', async () => {
    const scope = highLevel()
      .get('/locations/loc2')
      .reply(200, { location: { id: 'loc2', name: 'Other' } })
      .get('/locations/gone')
      .reply(404, { statusCode: 404, message: 'Location not found' });
    await expect(run('searches', 'get_location', { subAccountId: 'loc2' })).resolves.toEqual([{ id: 'loc2', name: 'Other' }]);
    await expect(run('searches', 'get_location', { subAccountId: 'gone' })).resolves.toEqual([]);
    scope.done();
    await expect(run('searches', 'get_location', { subAccountId: 'a b' })).rejects.toThrow(/Location \(subAccountId\): expected an id/);
  });
});
