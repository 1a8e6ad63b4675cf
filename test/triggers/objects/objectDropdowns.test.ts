import { LOCATION_ID, highLevel, run } from '../../helpers';
import { PET, petRecord, petSchemaScope, searchBody } from '../../fixtures/customObjects';

describe('dropdown_custom_objects', () => {
  it('lists the custom objects only (not contact, opportunity, business), id = object key', async () => {
    const scope = highLevel()
      .get('/objects/')
      .query({ locationId: LOCATION_ID })
      .reply(200, {
        objects: [
          { id: 'o1', key: 'contact', labels: { singular: 'Contact', plural: 'Contacts' }, standard: true },
          { id: 'o2', key: PET, labels: { singular: 'Pet', plural: 'Pets' }, standard: false },
          { id: 'o3', key: 'business', labels: { singular: 'Company', plural: 'Companies' }, standard: true },
        ],
      });
    await expect(run('triggers', 'dropdown_custom_objects')).resolves.toEqual([
      { id: PET, objectId: 'o2', key: PET, name: 'Pets', labels: { singular: 'Pet', plural: 'Pets' }, standard: false },
    ]);
    scope.done();
  });
});

describe('dropdown_custom_object_records', () => {
  it('lists the chosen object’s records named by its primary display field, 100 per page', async () => {
    const schema = petSchemaScope();
    const buddy = petRecord('r1', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', { name: 'Buddy' });
    const nameless = petRecord('r2', '2026-11-02T00:00:00.000Z', '2026-11-02T00:00:00.000Z', {});
    const scope = highLevel().post(`/objects/${PET}/records/search`, searchBody(2)).reply(200, { records: [buddy, nameless], total: 102 });
    const items = await run<Array<{ id: string; name: string }>>('triggers', 'dropdown_custom_object_records', { schemaKey: PET }, { meta: { page: 1 } });
    expect(items.map(({ id, name }) => ({ id, name }))).toEqual([{ id: 'r1', name: 'Buddy' }, { id: 'r2', name: 'r2' }]);
    schema.done();
    scope.done();
  });
});

describe('dropdown_custom_values', () => {
  it('lists the sub-account’s custom values', async () => {
    const scope = highLevel().get(`/locations/${LOCATION_ID}/customValues`).reply(200, { customValues: [{ id: 'cv1', name: 'Office Phone', value: 'x' }] });
    await expect(run('triggers', 'dropdown_custom_values')).resolves.toEqual([{ id: 'cv1', name: 'Office Phone', value: 'x' }]);
    scope.done();
  });
});
