import { appTester, authData, highLevel, LOCATION_ID, operationOf, ownInputFields, run } from '../../helpers';

const customFields = {
  customFields: [
    { id: 'cfSource', name: 'Lead Source', fieldKey: 'opportunity.lead_source', dataType: 'SINGLE_OPTIONS', picklistOptions: ['Ads', 'Referral'], model: 'opportunity' },
    { id: 'cfBudget', name: 'Budget', fieldKey: 'opportunity.budget', dataType: 'MONETORY', model: 'opportunity' },
  ],
};

describe('create_opportunity (Create Opportunity)', () => {
  it('posts the required fields, the mapped ones and typed custom fields with the location id, and returns the opportunity', async () => {
    const scope = highLevel()
      .get(`/locations/${LOCATION_ID}/customFields`)
      .query({ model: 'opportunity' })
      .reply(200, customFields)
      .post('/opportunities/', {
        pipelineId: 'p1',
        pipelineStageId: 's1',
        name: 'Website redesign',
        status: 'open',
        monetaryValue: 1250.5,
        assignedTo: 'u1',
        contactId: 'c1',
        locationId: LOCATION_ID,
        customFields: [
          { id: 'cfSource', fieldValue: 'Referral' },
          { id: 'cfBudget', fieldValue: 5000 },
        ],
      })
      .reply(201, { opportunity: { id: 'o1', name: 'Website redesign', customFields: [{ id: 'cfBudget', fieldValue: 5000 }] } });

    const opportunity = await run('creates', 'create_opportunity', {
      pipelineId: 'p1',
      pipelineStageId: 's1',
      name: 'Website redesign',
      status: 'open',
      monetaryValue: '1250.50',
      assignedTo: 'u1',
      contactId: 'c1',
      customField_cfSource: 'Referral',
      customField_cfBudget: '5000',
    });

    expect(opportunity).toEqual({
      id: 'o1',
      name: 'Website redesign',
      customFields: [{ id: 'cfBudget', fieldValue: 5000 }],
      customField: { cfBudget: 5000 },
    });
    scope.done();
  });

  it('offers opportunity custom fields as typed inputs, and pipeline/stage as dropdowns', async () => {
    const scope = highLevel().get(`/locations/${LOCATION_ID}/customFields`).query({ model: 'opportunity' }).reply(200, customFields);
    const inputFields = ownInputFields('creates', 'create_opportunity');
    const dynamic = inputFields.find((field) => typeof field === 'function');
    await expect(appTester(dynamic as never, { authData, inputData: {} } as never)).resolves.toEqual([
      expect.objectContaining({ key: 'customField_cfSource', label: 'Lead Source', choices: ['Ads', 'Referral'] }),
      expect.objectContaining({ key: 'customField_cfBudget', label: 'Budget', type: 'number' }),
    ]);
    expect(inputFields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'pipelineId', dynamic: 'dropdown_pipelines.id.name', altersDynamicFields: true, required: true }),
        expect.objectContaining({ key: 'pipelineStageId', dynamic: 'dropdown_pipeline_stages.id.name' }),
        expect.objectContaining({ key: 'status', required: true, choices: { open: 'Open', won: 'Won', lost: 'Lost', abandoned: 'Abandoned' } }),
      ]),
    );
    scope.done();
  });

  it('refuses missing required fields and a bad value before sending anything', async () => {
    await expect(run('creates', 'create_opportunity', { name: 'Deal', monetaryValue: 'lots' })).rejects.toThrow(
      /Pipeline \(pipelineId\) is required\..*Status \(status\) is required\..*Monetary Value \(monetaryValue\): expected a number.*Contact \(contactId\) is required/,
    );
  });
});
