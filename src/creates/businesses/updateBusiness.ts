import { createAction } from '../../factories/actions';
import { businessOf, businessOutputFields, businessSample, businessWriteInputs } from '../../fields/business';
import { businessId } from '../../fields/dropdowns';
import { inputs, invalidInput } from '../../fields/kit';
import { apiPath } from '../../http/path';

const fields = inputs({
  businessId: businessId({ required: true, helpText: 'The business (company record) to update.' }),
  ...businessWriteInputs,
});

/** PUT /businesses/{businessId} with only the fields the user mapped; the `buiseness` (sic) wrapper is removed. */
export default createAction({
  key: 'update_business',
  noun: 'Business',
  label: 'Update Business',
  description: 'Updates a business (company record). Only the fields you map are changed; the others keep their values.',
  inputs: fields,
  request: (input) => {
    const { businessId: id, ...changes } = input;
    if (Object.keys(changes).length === 0) throw invalidInput(['Map at least one field to update (Name, Email, Phone, …).']);
    return { method: 'PUT', path: apiPath`/businesses/${id}`, body: changes };
  },
  result: businessOf,
  notFoundMessage: (input) => `HighLevel found no business ${input.businessId}: it may have been deleted.`,
  sample: businessSample,
  outputFields: businessOutputFields,
});
