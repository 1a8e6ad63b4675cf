import { createAction } from '../../factories/actions';
import { recordIn } from '../../factories/common';
import {
  RECORD_KEYS,
  objectKeyInput,
  ownershipInputs,
  ownershipOf,
  propertyInputs,
  propertyOutputs,
  propertyWrites,
  recordIdInput,
  recordItem,
  recordOutputFields,
  recordSample,
} from '../../fields/customObjects';
import { inputs, requireChanges } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** PUT /objects/{schemaKey}/records/{id}?locationId with only the mapped properties (HighLevel keeps the others). */
export default createAction({
  key: 'update_custom_object_record',
  noun: 'Custom Object Record',
  label: 'Update Custom Object Record',
  description: 'Updates a record of a custom object, changing only the fields you map.',
  inputs: inputs({ schemaKey: objectKeyInput(), recordId: recordIdInput(), ...ownershipInputs }),
  dynamicInputs: [propertyInputs('update')],
  request: async (input, { z, bundle, connection }) => ({
    method: 'PUT',
    path: apiPath`/objects/${input.schemaKey}/records/${input.recordId}`,
    query: { locationId: connection.locationId },
    body: requireChanges({ properties: await propertyWrites(z, bundle, input.schemaKey, 'update'), ...ownershipOf(input) }, 'record'),
  }),
  result: (response) => recordItem(recordIn(response, RECORD_KEYS) ?? {}),
  notFoundMessage: (input) => `HighLevel found no record ${input.recordId} of ${input.schemaKey} in this sub-account.`,
  sample: recordSample,
  outputFields: [{ key: 'id', label: 'Record ID' }, ...recordOutputFields, propertyOutputs],
});
