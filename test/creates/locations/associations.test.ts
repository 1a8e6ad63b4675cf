import { association } from '../../fixtures/association';
import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('create_association (Create Association)', () => {
  it('posts createAssociationReqDto with the location id', async () => {
    const scope = highLevel()
      .post('/associations/', {
        locationId: LOCATION_ID,
        key: 'student_teacher',
        firstObjectLabel: 'Student',
        firstObjectKey: 'custom_objects.children',
        secondObjectLabel: 'Teacher',
        secondObjectKey: 'contact',
      })
      .reply(201, association);
    await expect(
      run('creates', 'create_association', {
        key: 'student_teacher',
        firstObjectKey: 'custom_objects.children',
        firstObjectLabel: 'Student',
        secondObjectKey: 'contact',
        secondObjectLabel: 'Teacher',
      }),
    ).resolves.toEqual(association);
    scope.done();
  });

  it('needs every field', async () => {
    await expect(run('creates', 'create_association', { key: 'k' })).rejects.toThrow(
      /First Object Key \(firstObjectKey\) is required\. First Object Label \(firstObjectLabel\) is required/,
    );
  });
});

describe('update_association (Update Association)', () => {
  it('puts only the two labels', async () => {
    const scope = highLevel()
      .put('/associations/as1', { firstObjectLabel: 'Pupil', secondObjectLabel: 'Tutor' })
      .reply(200, { ...association, firstObjectLabel: 'Pupil', secondObjectLabel: 'Tutor' });
    await expect(run('creates', 'update_association', { associationId: 'as1', firstObjectLabel: 'Pupil', secondObjectLabel: 'Tutor' })).resolves.toMatchObject({
      id: 'as1',
      firstObjectLabel: 'Pupil',
    });
    scope.done();
  });

  it('needs both labels (the spec requires them)', async () => {
    await expect(run('creates', 'update_association', { associationId: 'as1', firstObjectLabel: 'Pupil' })).rejects.toThrow(
      /Second Object Label \(secondObjectLabel\) is required/,
    );
  });
});

describe('delete_association (Delete Association)', () => {
  it('deletes and returns the id', async () => {
    const scope = highLevel().delete('/associations/as1').reply(200, { deleted: true, id: 'as1', message: 'Association deleted successfully' });
    await expect(run('creates', 'delete_association', { associationId: 'as1' })).resolves.toEqual({ id: 'as1', deleted: true });
    scope.done();
  });

  it('says when the association is already gone', async () => {
    const scope = highLevel().delete('/associations/gone').reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'delete_association', { associationId: 'gone' })).rejects.toThrow(/Association gone was not found: it may already be deleted/);
    scope.done();
  });
});

describe('create_relation (Create Relation)', () => {
  it('posts createRelationReqDto with the location id', async () => {
    const relation = { id: 'r1', associationId: 'as1', firstRecordId: 'rec1', secondRecordId: 'rec2' };
    const scope = highLevel()
      .post('/associations/relations', { locationId: LOCATION_ID, associationId: 'as1', firstRecordId: 'rec1', secondRecordId: 'rec2' })
      .reply(201, relation);
    await expect(run('creates', 'create_relation', { associationId: 'as1', firstRecordId: 'rec1', secondRecordId: 'rec2' })).resolves.toEqual(relation);
    scope.done();
  });

  it('refuses a record id with a slash and a missing association', async () => {
    await expect(run('creates', 'create_relation', { firstRecordId: 'a/b', secondRecordId: 'rec2' })).rejects.toThrow(
      /Association \(associationId\) is required\. First Record \(firstRecordId\): expected an id/,
    );
  });
});

describe('delete_relation (Delete Relation)', () => {
  it('deletes with the required locationId query and returns the id', async () => {
    const scope = highLevel().delete('/associations/relations/r1').query({ locationId: LOCATION_ID }).reply(200, { id: 'r1' });
    await expect(run('creates', 'delete_relation', { relationId: 'r1' })).resolves.toEqual({ id: 'r1', deleted: true });
    scope.done();
  });

  it('says when the relation is already gone', async () => {
    const scope = highLevel().delete('/associations/relations/r9').query({ locationId: LOCATION_ID }).reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'delete_relation', { relationId: 'r9' })).rejects.toThrow(/Relation r9 was not found: it may already be deleted/);
    scope.done();
  });
});
