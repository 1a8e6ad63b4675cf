import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('list_custom_fields (List Custom Fields)', () => {
  it('lists the custom fields of the chosen model', async () => {
    const scope = highLevel()
      .get(`/locations/${LOCATION_ID}/customFields`)
      .query({ model: 'opportunity' })
      .reply(200, { customFields: [{ id: 'cf1', name: 'Budget', fieldKey: 'opportunity.budget', dataType: 'MONETORY', model: 'opportunity' }] });
    await expect(run('triggers', 'list_custom_fields', { model: 'opportunity' })).resolves.toEqual([
      { id: 'cf1', name: 'Budget', fieldKey: 'opportunity.budget', dataType: 'MONETORY', model: 'opportunity' },
    ]);
    scope.done();
  });

  it('asks for all models by default and refuses an unknown model', async () => {
    const scope = highLevel().get(`/locations/${LOCATION_ID}/customFields`).query({ model: 'all' }).reply(200, { customFields: [] });
    await expect(run('triggers', 'list_custom_fields')).resolves.toEqual([]);
    scope.done();
    await expect(run('triggers', 'list_custom_fields', { model: 'task' })).rejects.toThrow(/Model \(model\): expected one of: contact, opportunity, all/);
  });
});
