import { watchTrigger } from '../../factories/triggers';
import { customFieldOutputs, labelCustomFields } from '../../fields/customFields';
import { inputs } from '../../fields/kit';
import { opportunityId, opportunityOutputFields, opportunitySample } from '../../fields/opportunity';
import { apiPath } from '../../http/path';

/** GET /opportunities/{id}: fires when the opportunity first appears and each time its `updatedAt` changes. */
export default watchTrigger({
  key: 'get_opportunity',
  noun: 'Opportunity',
  label: 'Get Opportunity',
  description: 'Triggers when the chosen opportunity is first found and again each time it changes (stage, status, value…).',
  inputs: inputs({ opportunityId: opportunityId({ required: true }) }),
  request: (input) => ({ method: 'GET', path: apiPath`/opportunities/${input.opportunityId}` }),
  objectKey: 'opportunity',
  recordIdKey: 'opportunityId',
  mapItem: labelCustomFields,
  sample: { ...opportunitySample, opportunityId: opportunitySample.id, id: `${opportunitySample.id}:${opportunitySample.updatedAt}` },
  outputFields: [
    { key: 'opportunityId', label: 'Opportunity ID' },
    { key: 'id', label: 'Change ID (opportunity ID and update time)' },
    ...opportunityOutputFields.filter((field) => field.key !== 'id'),
    customFieldOutputs('opportunity'),
  ],
});
