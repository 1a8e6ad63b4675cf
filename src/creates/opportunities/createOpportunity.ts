import { createAction } from '../../factories/actions';
import { customFieldInputs, customFieldOutputs, customFieldWrites, labelCustomFields } from '../../fields/customFields';
import { contactId, pipelineId } from '../../fields/dropdowns';
import { choice, inputs, string } from '../../fields/kit';
import { OPPORTUNITY_STATUSES, opportunityOf, opportunityOutputFields, opportunitySample, opportunityWriteInputs } from '../../fields/opportunity';
import { apiPath } from '../../http/path';

/** CreateDto requires pipelineId, locationId, name, status and contactId. */
const fields = inputs({
  ...opportunityWriteInputs,
  pipelineId: pipelineId({ required: true, helpText: 'The pipeline to put the opportunity in.' }),
  name: string({ label: 'Opportunity Name', required: true, helpText: 'Such as "Website redesign – Acme".' }),
  status: choice({ label: 'Status', required: true, default: 'open', values: OPPORTUNITY_STATUSES }),
  contactId: contactId({ required: true, helpText: 'The contact the opportunity is for. Choose a contact, search for one, or map a HighLevel contact ID.' }),
});

/** POST /opportunities/ with the sub-account's location id, the mapped fields and typed custom fields. */
export default createAction({
  key: 'create_opportunity',
  noun: 'Opportunity',
  label: 'Create Opportunity',
  description: 'Creates a new opportunity (deal) for a contact in a pipeline stage of the sub-account.',
  inputs: fields,
  dynamicInputs: [customFieldInputs('opportunity')],
  request: async (input, { z, bundle, connection }) => ({
    method: 'POST',
    path: apiPath`/opportunities/`,
    body: { ...input, locationId: connection.locationId, customFields: await customFieldWrites(z, bundle, 'opportunity') },
  }),
  result: (response) => labelCustomFields(opportunityOf(response)),
  sample: opportunitySample,
  outputFields: [...opportunityOutputFields, customFieldOutputs('opportunity')],
});
