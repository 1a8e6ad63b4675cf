import { createAction } from '../../factories/actions';
import { businessCreateInputs, businessOf, businessOutputFields, businessSample } from '../../fields/business';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** POST /businesses/ with the sub-account's location id; the answer's `buiseness` (sic) wrapper is removed. */
export default createAction({
  key: 'create_business',
  noun: 'Business',
  label: 'Create Business',
  description: 'Creates a new business (company record) in the sub-account.',
  inputs: inputs(businessCreateInputs),
  request: (input, { connection }) => ({
    method: 'POST',
    path: apiPath`/businesses/`,
    body: { ...input, locationId: connection.locationId },
  }),
  result: businessOf,
  sample: businessSample,
  outputFields: businessOutputFields,
});
