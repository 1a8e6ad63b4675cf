import { watchTrigger } from '../../factories/triggers';
import { id, inputs } from '../../fields/kit';
import { watchedAssociationOutputFields, watchedAssociationSample } from '../../fields/other';
import { apiPath } from '../../http/path';

const fields = inputs({
  keyName: id({
    label: 'Association Key',
    helpText: 'The unique key of a standard or user-defined association, such as `student_teacher`. Choose one, or type the key.',
    dynamic: 'dropdown_associations.key.name',
    required: true,
  }),
});

/** GET /associations/key/{key_name}?locationId. */
export default watchTrigger({
  key: 'get_association_by_key',
  noun: 'Association',
  label: 'Get Association Key',
  description: 'Triggers when the association with the chosen key is first found and each time it changes.',
  inputs: fields,
  request: (input, { connection }) => ({
    method: 'GET',
    path: apiPath`/associations/key/${input.keyName}`,
    query: { locationId: connection.locationId },
  }),
  recordIdKey: 'associationId',
  sample: watchedAssociationSample,
  outputFields: watchedAssociationOutputFields,
});
