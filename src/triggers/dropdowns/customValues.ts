import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** The sub-account's custom values (GET /locations/{locationId}/customValues → `{customValues: [{id, name, …}]}`). */
export default dropdownTrigger({
  key: 'dropdown_custom_values',
  noun: 'Custom Value',
  inputs: inputs({}),
  request: (_input, { connection }) => ({ method: 'GET', path: apiPath`/locations/${connection.locationId}/customValues` }),
  listKey: 'customValues',
  sample: { id: 'rWQ709Pb62syqGLceg1x', name: 'Office Phone' },
});
