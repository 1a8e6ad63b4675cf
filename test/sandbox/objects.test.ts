import { OBJECTS_DEMO } from '../../sandbox/handlers/objects';
import { run } from '../helpers';
import { useConnectedSandbox } from './support';

/** The sandbox keeps what the object, custom value and tag steps write: a create is found by the next search or poll. */

const connected = useConnectedSandbox();

type Item = { id: string; recordId?: string; properties?: Record<string, unknown> };
const options = () => ({ authData: connected.authData });
const pet = OBJECTS_DEMO.objectKey;

describe('custom objects in the sandbox', () => {
  it('a created record is found, is the newest New item, and its update is a new Updated item (the same on the next poll)', async () => {
    const created = await run<Item>('creates', 'create_custom_object_record', { schemaKey: pet, property_name: 'Max', property_weight: '12.5' }, options());
    expect(created.properties).toEqual({ name: 'Max', weight: 12.5 });

    const found = await run<Item[]>('searches', 'find_custom_object_record', { schemaKey: pet, query: 'max' }, options());
    expect(found.map((item) => item.recordId)).toEqual([created.recordId]);

    const fresh = await run<Item[]>('triggers', 'new_custom_object_record', { schemaKey: pet }, options());
    expect(fresh[0]!.id).toBe(created.recordId);

    const before = await run<Item[]>('triggers', 'updated_custom_object_record', { schemaKey: pet }, options());
    expect(before.map((item) => item.recordId)).toEqual([OBJECTS_DEMO.recordId]);

    await run('creates', 'update_custom_object_record', { schemaKey: pet, recordId: created.recordId, property_weight: '13' }, options());
    const after = await run<Item[]>('triggers', 'updated_custom_object_record', { schemaKey: pet }, options());
    expect(after.map((item) => item.recordId)).toEqual([created.recordId, OBJECTS_DEMO.recordId]);
    expect(after.find((item) => item.recordId === created.recordId)!.properties).toEqual({ name: 'Max', weight: 13 });
    expect(await run<Item[]>('triggers', 'updated_custom_object_record', { schemaKey: pet }, options())).toEqual(after);
  });
});

describe('custom values and tags in the sandbox', () => {
  it('a created custom value is found by name and updated by the value alone', async () => {
    const created = await run<Item>('creates', 'create_custom_value', { name: 'Booking Link', value: 'https://rivera.example/book' }, options());
    const found = await run<Item[]>('searches', 'find_custom_value', { name: 'booking link' }, options());
    expect(found.map((item) => item.id)).toEqual([created.id]);
    await expect(run('creates', 'update_custom_value', { customValueId: created.id, value: 'https://rivera.example/booking' }, options())).resolves.toMatchObject({
      name: 'Booking Link',
      value: 'https://rivera.example/booking',
    });
  });

  it('a created tag is found and offered by the tag dropdown', async () => {
    await run('creates', 'create_tag', { name: 'spring-promo' }, options());
    await expect(run<Item[]>('searches', 'find_tag', { name: 'Spring-Promo' }, options())).resolves.toMatchObject([{ name: 'spring-promo' }]);
    const choices = await run<Item[]>('triggers', 'dropdown_tags', {}, options());
    expect(choices.map((choice) => choice.id)).toContain('spring-promo');
  });
});
