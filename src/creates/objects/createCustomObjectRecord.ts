import { createAction } from '../../factories/actions';
import { recordIn } from '../../factories/common';
import { RECORD_KEYS, objectKeyInput, ownershipInputs, ownershipOf, propertyInputs, propertyOutputs, propertyWrites, recordItem, recordOutputFields, recordSample } from '../../fields/customObjects';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** POST /objects/{schemaKey}/records with `{locationId, properties, owner?, followers?}` → `{record}`. */
export default createAction({
  key: 'create_custom_object_record',
  noun: 'Custom Object Record',
  label: 'Create Custom Object Record',
  description: 'Creates a record of a custom object (such as a Pet or a Vehicle) in the sub-account, with the fields you map.',
  inputs: inputs({ schemaKey: objectKeyInput(), ...ownershipInputs }),
  dynamicInputs: [propertyInputs('create')],
  request: async (input, { z, bundle, connection }) => ({
    method: 'POST',
    path: apiPath`/objects/${input.schemaKey}/records`,
    body: { locationId: connection.locationId, properties: (await propertyWrites(z, bundle, input.schemaKey, 'create')) ?? {}, ...ownershipOf(input) },
  }),
  result: (response) => recordItem(recordIn(response, RECORD_KEYS) ?? {}),
  sample: recordSample,
  outputFields: [{ key: 'id', label: 'Record ID' }, ...recordOutputFields, propertyOutputs],
});
