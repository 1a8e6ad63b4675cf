import { createAction } from '../../factories/actions';
import { customFieldInputs, customFieldOutputs, customFieldWrites, labelCustomFields } from '../../fields/customFields';
import { inputs } from '../../fields/kit';
import {
  notFoundOpportunity,
  opportunityId,
  opportunityOf,
  opportunityOutputFields,
  opportunitySample,
  opportunityWriteInputs,
} from '../../fields/opportunity';
import { apiPath } from '../../http/path';

const fields = inputs({ opportunityId: opportunityId({ required: true }), ...opportunityWriteInputs });

/** PUT /opportunities/{id} with only the mapped fields (unmapped ones keep their values). Moving stage = pipeline + stage. */
export default createAction({
  key: 'update_opportunity',
  noun: 'Opportunity',
  label: 'Update Opportunity',
  description: 'Updates an opportunity: moves it to another stage, renames it, changes its status, value, owner or custom fields. Fields left empty keep their values.',
  inputs: fields,
  dynamicInputs: [customFieldInputs('opportunity')],
  request: async ({ opportunityId: id, ...changes }, { z, bundle }) => ({
    method: 'PUT',
    path: apiPath`/opportunities/${id}`,
    body: { ...changes, customFields: await customFieldWrites(z, bundle, 'opportunity') },
  }),
  result: (response) => labelCustomFields(opportunityOf(response)),
  notFoundMessage: notFoundOpportunity,
  sample: opportunitySample,
  outputFields: [...opportunityOutputFields, customFieldOutputs('opportunity')],
});
