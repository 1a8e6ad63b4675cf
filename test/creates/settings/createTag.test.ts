import { LOCATION_ID, highLevel, run } from '../../helpers';

describe('create_tag (Create Tag)', () => {
  it('posts {name} to the sub-account’s tags and returns the tag', async () => {
    const tag = { id: 'tag1', name: 'spring-promo', locationId: LOCATION_ID };
    const scope = highLevel().post(`/locations/${LOCATION_ID}/tags`, { name: 'spring-promo' }).reply(200, { tag, traceId: 't' });
    await expect(run('creates', 'create_tag', { name: 'spring-promo' })).resolves.toEqual(tag);
    scope.done();
  });

  it('requires a name', async () => {
    await expect(run('creates', 'create_tag', { name: ' ' })).rejects.toThrow(/Tag Name \(name\) is required/);
  });
});
