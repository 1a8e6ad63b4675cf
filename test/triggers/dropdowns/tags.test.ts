import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('dropdown_tags', () => {
  it('lists the sub-account tags with the name as the value and HighLevel id kept', async () => {
    const scope = highLevel()
      .get(`/locations/${LOCATION_ID}/tags`)
      .reply(200, { tags: [{ id: 'tg1', name: 'vip', locationId: LOCATION_ID }, { id: 'tg2', name: 'new lead', locationId: LOCATION_ID }], traceId: 't1' });
    const choices = await run<Array<Record<string, unknown>>>('triggers', 'dropdown_tags', {}, { meta: { isFillingDynamicDropdown: true } });
    expect(choices).toEqual([
      { id: 'vip', tagId: 'tg1', name: 'vip', locationId: LOCATION_ID },
      { id: 'new lead', tagId: 'tg2', name: 'new lead', locationId: LOCATION_ID },
    ]);
    scope.done();
  });
});
