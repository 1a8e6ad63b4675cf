import { watchTrigger } from '../../factories/triggers';
import { businessOutputFields, businessSample } from '../../fields/business';
import { businessId } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /businesses/{businessId}: fires when the business first appears and again each time its `updatedAt` changes. */
export default watchTrigger({
  key: 'get_business',
  noun: 'Business',
  label: 'Get Business',
  description: 'Triggers when the chosen business is found and again each time it is updated.',
  inputs: inputs({ businessId: businessId({ required: true, helpText: 'The business (company record) to watch.' }) }),
  request: (input) => ({ method: 'GET', path: apiPath`/businesses/${input.businessId}` }),
  objectKey: 'business',
  recordIdKey: 'businessId',
  sample: { ...businessSample, businessId: businessSample.id, id: `${businessSample.id}:${businessSample.updatedAt}` },
  outputFields: [
    { key: 'businessId', label: 'Business ID' },
    { key: 'id', label: 'Change ID (business ID and update time)' },
    ...businessOutputFields.filter((field) => field.key !== 'id'),
  ],
});
