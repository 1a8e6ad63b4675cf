import { highLevel, run } from '../../helpers';
import { PET, petRecord, searchBody } from '../../fixtures/customObjects';

describe('find_custom_object_record (Find Custom Object Record)', () => {
  it('searches the object with the text as query and puts a record whose field equals it first', async () => {
    const partial = petRecord('r1', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', { name: 'Buddy Junior' });
    const exact = petRecord('r2', '2026-10-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z', { name: 'buddy' });
    const scope = highLevel().post(`/objects/${PET}/records/search`, searchBody(1, 'Buddy')).reply(200, { records: [partial, exact], total: 2, traceId: 't' });
    await expect(run('searches', 'find_custom_object_record', { schemaKey: PET, query: 'Buddy' })).resolves.toEqual([
      { ...exact, recordId: 'r2' },
      { ...partial, recordId: 'r1' },
    ]);
    scope.done();
  });

  it('returns [] when nothing matches', async () => {
    const scope = highLevel().post(`/objects/${PET}/records/search`, searchBody(1, 'name:Rex')).reply(200, { records: [], total: 0 });
    await expect(run('searches', 'find_custom_object_record', { schemaKey: PET, query: 'name:Rex' })).resolves.toEqual([]);
    scope.done();
  });

  it('refuses a missing object or text before any request', async () => {
    await expect(run('searches', 'find_custom_object_record', { query: 'Buddy' })).rejects.toThrow(/Custom Object \(schemaKey\) is required/);
    await expect(run('searches', 'find_custom_object_record', { schemaKey: 'custom_objects/pet', query: 'x' })).rejects.toThrow(/schemaKey.*expected an id/);
  });
});
