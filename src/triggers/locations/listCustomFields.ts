import { listTrigger } from '../../factories/triggers';
import { choice, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const fields = inputs({
  model: choice({
    label: 'Model',
    helpText: 'Which custom fields: those of contacts, of opportunities, or all of them.',
    values: { contact: 'Contact', opportunity: 'Opportunity', all: 'All' },
    default: 'all',
  }),
});

/** GET /locations/{locationId}/customFields?model=…: every definition in one answer. */
export default listTrigger({
  key: 'list_custom_fields',
  noun: 'Custom Field',
  label: 'List Custom Fields',
  description: 'Triggers when a new custom field is added to the sub-account (contact or opportunity fields).',
  inputs: fields,
  request: (input, { connection }) => ({
    method: 'GET',
    path: apiPath`/locations/${connection.locationId}/customFields`,
    query: { model: input.model ?? 'all' },
  }),
  listKey: 'customFields',
  sample: {
    id: '3sv6UEo51C9Bmpo1cKTq',
    name: 'Pincode',
    fieldKey: 'contact.pincode',
    placeholder: 'Pin code',
    dataType: 'TEXT',
    position: 0,
    picklistOptions: [],
    model: 'contact',
    locationId: 've9EPM428h8vShlRW1KT',
  },
  outputFields: [
    { key: 'id', label: 'Custom Field ID' },
    { key: 'name', label: 'Name' },
    { key: 'fieldKey', label: 'Field Key' },
    { key: 'dataType', label: 'Data Type' },
    { key: 'model', label: 'Model (contact or opportunity)' },
    { key: 'placeholder', label: 'Placeholder' },
    { key: 'picklistOptions[]', label: 'Options' },
    { key: 'position', label: 'Position', type: 'integer' },
    { key: 'locationId', label: 'Sub-account' },
  ],
});
