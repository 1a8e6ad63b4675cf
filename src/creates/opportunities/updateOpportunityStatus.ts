import { createAction } from '../../factories/actions';
import { choice, inputs } from '../../fields/kit';
import { lostReasonId, notFoundOpportunity, OPPORTUNITY_STATUSES, opportunityId } from '../../fields/opportunity';
import { apiPath } from '../../http/path';

const fields = inputs({
  opportunityId: opportunityId({ required: true }),
  status: choice({ label: 'Status', required: true, helpText: 'The new status of the opportunity.', values: OPPORTUNITY_STATUSES }),
  lostReasonId: lostReasonId(),
});

/** PUT /opportunities/{id}/status with `{status, lostReasonId?}`; HighLevel answers `{succeded: true}`. */
export default createAction({
  key: 'update_opportunity_status',
  noun: 'Opportunity',
  label: 'Update Opportunity Status',
  description: 'Updates the status of an opportunity: marks it open, won, lost (optionally with a lost reason) or abandoned.',
  inputs: fields,
  request: ({ opportunityId: id, ...body }) => ({ method: 'PUT', path: apiPath`/opportunities/${id}/status`, body }),
  result: (response, input) => ({
    id: input.opportunityId,
    status: input.status,
    ...(input.lostReasonId ? { lostReasonId: input.lostReasonId } : {}),
    succeeded: (response as { succeded?: boolean }).succeded ?? true,
  }),
  notFoundMessage: notFoundOpportunity,
  sample: { id: 'yWQobCRIhRguQtD2llvk', status: 'lost', lostReasonId: 'CLu7BaljjqrEjBGKTNNe', succeeded: true },
  outputFields: [
    { key: 'id', label: 'Opportunity ID' },
    { key: 'status', label: 'New Status' },
    { key: 'lostReasonId', label: 'Lost Reason ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
