import { LOCATION_ID, appTester, authData, highLevel, operationOf, run } from '../../helpers';
import { PET, petRecord, petSchemaScope } from '../../fixtures/customObjects';

type FieldFunction = (z: never, bundle: never) => Promise<Array<Record<string, unknown>>>;
const dynamicFields = async (key: string, inputData: Record<string, unknown>) => {
  const fields = operationOf('creates', key).inputFields ?? [];
  const dynamic = fields.filter((field): field is FieldFunction => typeof field === 'function');
  const results = await Promise.all(dynamic.map((field) => appTester(field as never, { authData, inputData } as never)));
  return (results as Array<Array<Record<string, unknown>>>).flat();
};

describe('create_custom_object_record (Create Custom Object Record)', () => {
  it('posts {locationId, properties, owner} with each property under its key, typed, and returns the record', async () => {
    const schema = petSchemaScope();
    const created = petRecord('rec1', '2026-11-30T10:00:00.000Z', '2026-11-30T10:00:00.000Z', { name: 'Max', weight: 12.5 });
    const scope = highLevel()
      .post(`/objects/${PET}/records`, {
        locationId: LOCATION_ID,
        properties: { name: 'Max', breed: 'beagle', weight: 12.5, vaccinated_on: '2026-10-02', price: { currency: 'default', value: 300 }, tricks: ['sit', 'roll'] },
        owner: ['u1'],
      })
      .reply(201, { record: created, traceId: 't' });
    const result = await run('creates', 'create_custom_object_record', {
      schemaKey: PET,
      owner: 'u1',
      property_name: 'Max',
      property_breed: 'beagle',
      property_weight: '12.5',
      property_vaccinated_on: '2026-10-02T08:00:00Z',
      property_price: 300,
      property_tricks: ['sit', 'roll'],
    });
    expect(result).toEqual({ ...created, recordId: 'rec1' });
    schema.done();
    scope.done();
  });

  it('offers the object’s writable fields as typed inputs, the primary display field required', async () => {
    const schema = petSchemaScope();
    const fields = await dynamicFields('create_custom_object_record', { schemaKey: PET });
    expect(fields.map((field) => [field.key, field.type, field.required, field.list ?? false])).toEqual([
      ['property_name', 'string', true, false],
      ['property_breed', 'string', false, false],
      ['property_weight', 'number', false, false],
      ['property_vaccinated_on', 'string', false, false],
      ['property_price', 'number', false, false],
      ['property_tricks', 'string', false, true],
      ['property_vet_phone', 'string', false, false],
    ]);
    expect(fields[1]!.choices).toEqual({ beagle: 'Beagle', golden_retriever: 'Golden Retriever' });
    expect(fields[0]!.label).toBe('Pet Name');
    schema.done();
  });

  it('shows no field until an object is chosen (no request)', async () => {
    await expect(dynamicFields('create_custom_object_record', {})).resolves.toEqual([]);
  });

  it('refuses a missing primary field and a bad number by field name, before creating anything', async () => {
    const schema = petSchemaScope();
    await expect(run('creates', 'create_custom_object_record', { schemaKey: PET, property_weight: 'heavy' })).rejects.toThrow(
      /Pet Name \(property_name\) is required\. Weight \(kg\) \(property_weight\): expected a number/,
    );
    schema.done();
  });
});

it.each(['create_custom_object_record', 'update_custom_object_record'])('%s refuses a bad number, money, date or phone by field name, before any write', async (key) => {
  const schema = petSchemaScope();
  const bad = { property_name: 'Rex', property_weight: 'heavy', property_price: '12 dollars', property_vaccinated_on: '2026-02-30', property_vet_phone: '12ab' };
  await expect(run('creates', key, { schemaKey: PET, recordId: 'rec1', ...bad })).rejects.toThrow(
    /Weight \(kg\) \(property_weight\): expected a number.*Vaccinated On \(property_vaccinated_on\): expected a date.*Price \(property_price\): expected a number.*Vet Phone \(property_vet_phone\): expected a phone number/,
  );
  schema.done();
});

describe('update_custom_object_record (Update Custom Object Record)', () => {
  it('puts only the mapped properties, with locationId in the query, and returns the record', async () => {
    const schema = petSchemaScope();
    const updated = petRecord('rec1', '2026-01-05T10:00:00.000Z', '2026-11-30T10:00:00.000Z', { name: 'Buddy', weight: 32 });
    const scope = highLevel()
      .put(`/objects/${PET}/records/rec1`, { properties: { weight: 32 } })
      .query({ locationId: LOCATION_ID })
      .reply(200, { record: updated, traceId: 't' });
    await expect(run('creates', 'update_custom_object_record', { schemaKey: PET, recordId: 'rec1', property_weight: '32', property_name: '  ' })).resolves.toEqual({
      ...updated,
      recordId: 'rec1',
    });
    schema.done();
    scope.done();
  });

  it('can change only the followers (no schema needed)', async () => {
    const updated = petRecord('rec1', '2026-01-05T10:00:00.000Z', '2026-11-30T10:00:00.000Z');
    const scope = highLevel()
      .put(`/objects/${PET}/records/rec1`, { followers: ['u2', 'u3'] })
      .query({ locationId: LOCATION_ID })
      .reply(200, { record: updated });
    await expect(run('creates', 'update_custom_object_record', { schemaKey: PET, recordId: 'rec1', followers: ['u2', 'u3'] })).resolves.toMatchObject({ recordId: 'rec1' });
    scope.done();
  });

  it('refuses an update that changes nothing', async () => {
    await expect(run('creates', 'update_custom_object_record', { schemaKey: PET, recordId: 'rec1' })).rejects.toThrow(/Map at least one field to change on the record/);
  });

  it('sends a field the cached schema does not know yet as text (HighLevel checks it)', async () => {
    const schema = petSchemaScope();
    const scope = highLevel()
      .put(`/objects/${PET}/records/rec1`, { properties: { colour: 'red', weight: 30 } })
      .query({ locationId: LOCATION_ID })
      .reply(200, { record: petRecord('rec1', '2026-01-05T10:00:00.000Z', '2026-11-30T10:00:00.000Z') });
    await expect(run('creates', 'update_custom_object_record', { schemaKey: PET, recordId: 'rec1', property_colour: ' red ', property_weight: 30 })).resolves.toMatchObject({ recordId: 'rec1' });
    schema.done();
    scope.done();
  });

  it('says so when the record does not exist', async () => {
    const schema = petSchemaScope();
    const scope = highLevel()
      .put(`/objects/${PET}/records/gone`, { properties: { name: 'Rex' } })
      .query({ locationId: LOCATION_ID })
      .reply(404, { statusCode: 404, message: 'Record not found' });
    await expect(run('creates', 'update_custom_object_record', { schemaKey: PET, recordId: 'gone', property_name: 'Rex' })).rejects.toThrow(
      /found no record gone of custom_objects\.pet/,
    );
    schema.done();
    scope.done();
  });
});
