import { dropdownTrigger } from '../../factories/triggers';
import { choice, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** Custom fields of the sub-account (contact and opportunity), for custom field dropdowns. */
export default dropdownTrigger({
  key: 'dropdown_custom_fields',
  noun: 'Custom Field',
  inputs: inputs({
    model: choice({ label: 'Model', values: { contact: 'Contact', opportunity: 'Opportunity', all: 'All' } }),
  }),
  request: (input, { connection }) => ({
    method: 'GET',
    path: apiPath`/locations/${connection.locationId}/customFields`,
    query: { model: input.model ?? 'all' },
  }),
  listKey: 'customFields',
  mapItem: (field) => ({ ...field, name: field.model ? `${field.name} (${field.model})` : field.name }),
  sample: { id: '3sv6UEo51C9Bmpo1cKTq', name: 'Pincode (contact)', fieldKey: 'contact.pincode', dataType: 'TEXT' },
});
