import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** Opportunity pipelines of the sub-account. */
export default dropdownTrigger({
  key: 'dropdown_pipelines',
  noun: 'Pipeline',
  inputs: inputs({}),
  request: (_input, { connection }) => ({ method: 'GET', path: apiPath`/opportunities/pipelines`, query: { locationId: connection.locationId } }),
  listKey: 'pipelines',
  sample: { id: 'VDm7RPYC2GLUvdpKmBfC', name: 'Sales Pipeline' },
});
