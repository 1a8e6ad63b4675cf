import { highLevel, LOCATION_ID, run } from '../../helpers';

// Answer shape: GET /locations/{locationId}/customFields → {customFields: [{id, name, fieldKey, dataType, model, …}]} (official spec, get-custom-fields).
describe('dropdown_custom_fields', () => {
  const FIELDS = [
    { id: 'cf1', name: 'Pincode', fieldKey: 'contact.pincode', dataType: 'TEXT', model: 'contact' },
    { id: 'cf2', name: 'Deal size', fieldKey: 'opportunity.deal_size', dataType: 'MONETORY', model: 'opportunity' },
    { id: 'cf3', name: 'Legacy', fieldKey: 'contact.legacy', dataType: 'TEXT' },
  ];

  it('lists every model by default, naming the model beside each field', async () => {
    const scope = highLevel().get(`/locations/${LOCATION_ID}/customFields`).query({ model: 'all' }).reply(200, { customFields: FIELDS });
    const choices = await run<Array<{ id: string; name: string }>>('triggers', 'dropdown_custom_fields');
    expect(choices.map(({ id, name }) => [id, name])).toEqual([
      ['cf1', 'Pincode (contact)'],
      ['cf2', 'Deal size (opportunity)'],
      ['cf3', 'Legacy'],
    ]);
    scope.done();
  });

  it('asks for the chosen model only', async () => {
    const scope = highLevel().get(`/locations/${LOCATION_ID}/customFields`).query({ model: 'opportunity' }).reply(200, { customFields: [FIELDS[1]] });
    expect(await run('triggers', 'dropdown_custom_fields', { model: 'opportunity' })).toEqual([{ ...FIELDS[1], name: 'Deal size (opportunity)' }]);
    scope.done();
  });

  it('refuses a model HighLevel does not have, before any request', async () => {
    await expect(run('triggers', 'dropdown_custom_fields', { model: 'invoice' })).rejects.toThrow('Model (model): expected one of: contact, opportunity, all');
  });
});
