import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** Workflows of the sub-account. */
export default dropdownTrigger({
  key: 'dropdown_workflows',
  noun: 'Workflow',
  inputs: inputs({}),
  request: (_input, { connection }) => ({ method: 'GET', path: apiPath`/workflows/`, query: { locationId: connection.locationId } }),
  listKey: 'workflows',
  sample: { id: 'sample1A2b3C4d5E6f7G8h', name: 'Sample Workflow' },
});
