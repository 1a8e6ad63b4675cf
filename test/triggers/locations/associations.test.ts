import { association } from '../../fixtures/association';
import { highLevel, LOCATION_ID, run } from '../../helpers';

type Items = Array<Record<string, unknown>>;

describe('list_associations (Find Associations)', () => {
  it('sends the required locationId, skip and limit and reads the `associations` list', async () => {
    const scope = highLevel()
      .get('/associations/')
      .query({ locationId: LOCATION_ID, skip: '0', limit: '100' })
      .reply(200, { associations: [association], total: 1 });
    await expect(run('triggers', 'list_associations')).resolves.toEqual([association]);
    scope.done();
  });

  it('also reads a bare array', async () => {
    const scope = highLevel().get('/associations/').query({ locationId: LOCATION_ID, skip: '0', limit: '100' }).reply(200, [association]);
    await expect(run('triggers', 'list_associations')).resolves.toEqual([association]);
    scope.done();
  });
});

describe('get_association (Get Association)', () => {
  it('watches GET /associations/{associationId}', async () => {
    const scope = highLevel().get('/associations/as1').reply(200, association);
    const [item] = await run<Items>('triggers', 'get_association', { associationId: 'as1' });
    expect(item).toEqual({ ...association, associationId: 'as1', id: expect.stringMatching(/^as1:[0-9a-f]{12}$/) });
    scope.done();
  });

  it('gives no item on 404 and needs the association', async () => {
    const scope = highLevel().get('/associations/gone').reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('triggers', 'get_association', { associationId: 'gone' })).resolves.toEqual([]);
    scope.done();
    await expect(run('triggers', 'get_association', {})).rejects.toThrow(/Association \(associationId\) is required/);
  });
});

describe('get_association_by_key (Get Association Key)', () => {
  it('watches GET /associations/key/{key_name}?locationId', async () => {
    const scope = highLevel().get('/associations/key/student_teacher').query({ locationId: LOCATION_ID }).reply(200, association);
    const [item] = await run<Items>('triggers', 'get_association_by_key', { keyName: 'student_teacher' });
    expect(item).toMatchObject({ key: 'student_teacher', associationId: 'as1' });
    scope.done();
  });
});

describe('get_association_by_object_key (Get Association by Keys)', () => {
  it('watches GET /associations/objectKey/{objectKey}?locationId as one record per object', async () => {
    const scope = highLevel()
      .get('/associations/objectKey/custom_objects.children')
      .query({ locationId: LOCATION_ID })
      .reply(200, { associations: [association] });
    const [item] = await run<Items>('triggers', 'get_association_by_object_key', { objectKey: 'custom_objects.children' });
    expect(item).toMatchObject({ objectKey: 'custom_objects.children', count: 1, associationIds: ['as1'], associations: [association] });
    expect(String(item?.id)).toMatch(/^custom_objects\.children:/);
    scope.done();
  });

  it('accepts the documented single-association answer', async () => {
    const scope = highLevel().get('/associations/objectKey/contact').query({ locationId: LOCATION_ID }).reply(200, association);
    const [item] = await run<Items>('triggers', 'get_association_by_object_key', { objectKey: 'contact' });
    expect(item).toMatchObject({ objectKey: 'contact', count: 1, associationIds: ['as1'] });
    scope.done();
  });
});

describe('list_record_relations (Get Relations by Record)', () => {
  it('sends locationId, skip, limit and the association filter; newest first', async () => {
    const scope = highLevel()
      .get('/associations/relations/rec1')
      .query({ locationId: LOCATION_ID, skip: '0', limit: '100', associationIds: ['as1', 'as2'] })
      .reply(200, {
        relations: [
          { id: 'r1', associationId: 'as1', firstRecordId: 'rec1', secondRecordId: 'x', createdAt: '2026-01-01T00:00:00.000Z' },
          { id: 'r2', associationId: 'as2', firstRecordId: 'rec1', secondRecordId: 'y', createdAt: '2026-02-01T00:00:00.000Z' },
        ],
      });
    const items = await run<Items>('triggers', 'list_record_relations', { recordId: 'rec1', associationIds: ['as1', 'as2'] });
    expect(items.map((item) => item.id)).toEqual(['r2', 'r1']);
    scope.done();
  });

  it('needs the record id', async () => {
    await expect(run('triggers', 'list_record_relations', {})).rejects.toThrow(/Record \(recordId\) is required/);
  });
});

describe('dropdown_associations', () => {
  it('pages through GET /associations/ and names each association', async () => {
    const scope = highLevel().get('/associations/').query({ locationId: LOCATION_ID, skip: '100', limit: '100' }).reply(200, { data: [association] });
    const items = await run<Items>('triggers', 'dropdown_associations', {}, { meta: { page: 1 } });
    expect(items).toEqual([{ ...association, name: 'student_teacher (Student ↔ Teacher)' }]);
    scope.done();
  });
});
