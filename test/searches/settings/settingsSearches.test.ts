import { LOCATION_ID, highLevel, run } from '../../helpers';

const values = [
  { id: 'cv1', name: 'Office Phone Backup', fieldKey: '{{ custom_values.office_phone_backup }}', value: 'x', locationId: LOCATION_ID },
  { id: 'cv2', name: 'office phone', fieldKey: '{{ custom_values.office_phone_2 }}', value: 'y', locationId: LOCATION_ID },
  { id: 'cv3', name: 'Office Phone', fieldKey: '{{ custom_values.office_phone }}', value: 'z', locationId: LOCATION_ID },
];

describe('find_custom_value (Find Custom Value)', () => {
  it('reads the sub-account’s custom values and returns the same name first, then the same name in another case', async () => {
    const scope = highLevel().get(`/locations/${LOCATION_ID}/customValues`).reply(200, { customValues: values, traceId: 't' });
    await expect(run('searches', 'find_custom_value', { name: 'Office Phone' })).resolves.toEqual([values[2], values[1]]);
    scope.done();
  });

  it('finds a custom value by its merge field', async () => {
    const scope = highLevel().get(`/locations/${LOCATION_ID}/customValues`).reply(200, { customValues: values });
    await expect(run('searches', 'find_custom_value', { name: '{{ custom_values.office_phone_backup }}' })).resolves.toEqual([values[0]]);
    scope.done();
  });

  it('returns [] when no name matches (a partial name is not a match)', async () => {
    const scope = highLevel().get(`/locations/${LOCATION_ID}/customValues`).reply(200, { customValues: values });
    await expect(run('searches', 'find_custom_value', { name: 'Phone' })).resolves.toEqual([]);
    scope.done();
  });
});

describe('find_tag (Find Tag)', () => {
  const tags = [
    { id: 't1', name: 'vip-gold', locationId: LOCATION_ID },
    { id: 't2', name: 'vip', locationId: LOCATION_ID },
    { id: 't3', name: 'VIP', locationId: LOCATION_ID },
  ];

  it('matches the name in any case, the same spelling first', async () => {
    const scope = highLevel().get(`/locations/${LOCATION_ID}/tags`).reply(200, { tags, traceId: 't' });
    await expect(run('searches', 'find_tag', { name: 'VIP' })).resolves.toEqual([tags[2], tags[1]]);
    scope.done();
  });

  it('returns [] when no tag has the name', async () => {
    const scope = highLevel().get(`/locations/${LOCATION_ID}/tags`).reply(200, { tags });
    await expect(run('searches', 'find_tag', { name: 'gold' })).resolves.toEqual([]);
    scope.done();
  });
});
