import { createAction, deleted } from '../../factories/actions';
import { inputs } from '../../fields/kit';
import { notFoundOpportunity, opportunityId } from '../../fields/opportunity';
import { apiPath } from '../../http/path';

/** DELETE /opportunities/{id}; HighLevel answers `{succeded: true}`, the Zap gets the id back. */
export default createAction({
  key: 'delete_opportunity',
  noun: 'Opportunity',
  label: 'Delete Opportunity',
  description: 'Deletes an opportunity from the sub-account. This cannot be undone.',
  inputs: inputs({ opportunityId: opportunityId({ required: true }) }),
  request: (input) => ({ method: 'DELETE', path: apiPath`/opportunities/${input.opportunityId}` }),
  result: deleted((input) => input.opportunityId),
  notFoundMessage: notFoundOpportunity,
  sample: { id: 'yWQobCRIhRguQtD2llvk', deleted: true },
  outputFields: [
    { key: 'id', label: 'Deleted Opportunity ID' },
    { key: 'deleted', label: 'Deleted', type: 'boolean' },
  ],
});
