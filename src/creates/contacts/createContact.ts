import { createAction } from '../../factories/actions';
import { contactOutputFields, contactSample, contactWriteInputs } from '../../fields/contact';
import { customFieldInputs, customFieldOutputs, customFieldWrites, labelCustomFields } from '../../fields/customFields';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** POST /contacts/ with the sub-account's location id, the mapped fields and typed custom fields. */
export default createAction({
  key: 'create_contact',
  noun: 'Contact',
  label: 'Create Contact',
  description:
    'Creates a new contact in the sub-account. Where duplicates are not allowed, an existing email or phone is refused: use Upsert Contact to update instead.',
  inputs: inputs(contactWriteInputs),
  dynamicInputs: [customFieldInputs('contact')],
  request: async (input, { z, bundle, connection }) => ({
    method: 'POST',
    path: apiPath`/contacts/`,
    body: { ...input, locationId: connection.locationId, customFields: await customFieldWrites(z, bundle, 'contact') },
  }),
  result: (response) => labelCustomFields(((response as { contact?: Record<string, unknown> }).contact ?? {}) as Record<string, unknown>),
  sample: contactSample,
  outputFields: [...contactOutputFields, customFieldOutputs('contact')],
});
