import { requireAgencyConnection } from '../../connection';
import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** The agency's snapshots (GET /snapshots/?companyId, agency token only, all at once), for snapshot dropdowns. */
export default dropdownTrigger({
  key: 'dropdown_snapshots',
  noun: 'Snapshot',
  inputs: inputs({}),
  request: (_input, { bundle, connection }) => {
    requireAgencyConnection(bundle, 'The Snapshot list');
    return { method: 'GET', path: apiPath`/snapshots/`, query: { companyId: connection.companyId } };
  },
  listKey: 'snapshots',
  sample: { id: '1eM2UgkfaECOYyUdCo9Pa', name: 'Martial Arts Snapshot' },
});
