import { LOCATION_ID, highLevel, run } from '../../helpers';

const officePhone = { id: 'cv1', name: 'Office Phone', fieldKey: '{{ custom_values.office_phone }}', value: '+1 512 555 0100', locationId: LOCATION_ID };

describe('create_custom_value (Create Custom Value)', () => {
  it('posts {name, value} to the sub-account and returns the custom value', async () => {
    const scope = highLevel()
      .post(`/locations/${LOCATION_ID}/customValues`, { name: 'Office Phone', value: '+1 512 555 0100' })
      .reply(201, { customValue: officePhone, traceId: 't' });
    await expect(run('creates', 'create_custom_value', { name: ' Office Phone ', value: '+1 512 555 0100' })).resolves.toEqual(officePhone);
    scope.done();
  });

  it('requires a name and a value', async () => {
    await expect(run('creates', 'create_custom_value', { name: 'x' })).rejects.toThrow(/Value \(value\) is required/);
  });
});

describe('update_custom_value (Update Custom Value)', () => {
  it('keeps the current name when only the value is mapped (HighLevel requires both)', async () => {
    const read = highLevel().get(`/locations/${LOCATION_ID}/customValues/cv1`).reply(200, { customValue: officePhone });
    const scope = highLevel()
      .put(`/locations/${LOCATION_ID}/customValues/cv1`, { name: 'Office Phone', value: '+1 512 555 0199' })
      .reply(200, { customValue: { ...officePhone, value: '+1 512 555 0199' } });
    await expect(run('creates', 'update_custom_value', { customValueId: 'cv1', value: '+1 512 555 0199' })).resolves.toEqual({ ...officePhone, value: '+1 512 555 0199' });
    read.done();
    scope.done();
  });

  it.each([
    ['name', { id: 'cv1', value: '+1 512 555 0100', traceId: 't' }, { value: '+1 512 555 0199' }],
    ['value', { id: 'cv1', name: 'Office Phone', traceId: 't' }, { name: 'Main Phone' }],
  ])('stops before the update when the current %s is missing from the answer, instead of sending it blank', async (missing, current, mapped) => {
    const read = highLevel().get(`/locations/${LOCATION_ID}/customValues/cv1`).reply(200, { customValue: current });
    await expect(run('creates', 'update_custom_value', { customValueId: 'cv1', ...mapped })).rejects.toThrow(
      new RegExp(`did not include its current ${missing}, which the update must send back unchanged, so nothing was changed.*"code":"InvalidResponse"`),
    );
    read.done();
  });

  it('sends both without reading when both are mapped', async () => {
    const scope = highLevel()
      .put(`/locations/${LOCATION_ID}/customValues/cv1`, { name: 'Main Phone', value: '+1 512 555 0111' })
      .reply(200, { customValue: { ...officePhone, name: 'Main Phone', value: '+1 512 555 0111' } });
    await expect(run('creates', 'update_custom_value', { customValueId: 'cv1', name: 'Main Phone', value: '+1 512 555 0111' })).resolves.toMatchObject({ name: 'Main Phone' });
    scope.done();
  });

  it('refuses an update with nothing to change, and says so when the custom value does not exist', async () => {
    await expect(run('creates', 'update_custom_value', { customValueId: 'cv1' })).rejects.toThrow(/Map at least one field to change on the custom value/);
    const scope = highLevel().put(`/locations/${LOCATION_ID}/customValues/gone`, { name: 'A', value: 'b' }).reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'update_custom_value', { customValueId: 'gone', name: 'A', value: 'b' })).rejects.toThrow(/found no custom value gone/);
    scope.done();
  });
});
