import { createAction, deleted } from '../../factories/actions';
import { businessId } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** DELETE /businesses/{businessId}: HighLevel answers `{success: true}`; the step returns the id it deleted. */
export default createAction({
  key: 'delete_business',
  noun: 'Business',
  label: 'Delete Business',
  description: 'Deletes a business (company record) from the sub-account. This cannot be undone.',
  inputs: inputs({ businessId: businessId({ required: true, helpText: 'The business (company record) to delete.' }) }),
  request: (input) => ({ method: 'DELETE', path: apiPath`/businesses/${input.businessId}` }),
  result: deleted((input) => input.businessId),
  notFoundMessage: (input) => `HighLevel found no business ${input.businessId}: it was not found and may already be deleted.`,
  sample: { id: '63771dcac1116f0e21de8e12', deleted: true },
  outputFields: [
    { key: 'id', label: 'Business ID' },
    { key: 'deleted', label: 'Deleted', type: 'boolean' },
  ],
});
