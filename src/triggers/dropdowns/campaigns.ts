import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** Campaigns of the sub-account. */
export default dropdownTrigger({
  key: 'dropdown_campaigns',
  noun: 'Campaign',
  inputs: inputs({}),
  request: (_input, { connection }) => ({ method: 'GET', path: apiPath`/campaigns/`, query: { locationId: connection.locationId } }),
  listKey: 'campaigns',
  sample: { id: 'sample1A2b3C4d5E6f7G8h', name: 'Sample Campaign' },
});
