import { watchTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { associationId, watchedAssociationOutputFields, watchedAssociationSample } from '../../fields/other';
import { apiPath } from '../../http/path';

/** GET /associations/{associationId}: the association at the root of the answer. */
export default watchTrigger({
  key: 'get_association',
  noun: 'Association',
  label: 'Get Association',
  description: 'Triggers when the chosen association is first found and each time it changes (such as its labels).',
  inputs: inputs({ associationId: associationId({ required: true }) }),
  request: (input) => ({ method: 'GET', path: apiPath`/associations/${input.associationId}` }),
  recordIdKey: 'associationId',
  sample: watchedAssociationSample,
  outputFields: watchedAssociationOutputFields,
});
