import { requireAgencyConnection } from '../../connection';
import { listTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/**
 * GET /snapshots/?companyId: agency (company) token only, so a sub-account connection is refused with a plain
 * message before anything is sent. HighLevel returns every snapshot at once.
 */
export default listTrigger({
  key: 'list_snapshots',
  noun: 'Snapshot',
  label: 'List Snapshots',
  description: 'Triggers when a new snapshot is available to the agency. Needs an agency-level HighLevel connection.',
  inputs: inputs({}),
  request: (_input, { bundle, connection }) => {
    requireAgencyConnection(bundle, 'List Snapshots');
    return { method: 'GET', path: apiPath`/snapshots/`, query: { companyId: connection.companyId } };
  },
  listKey: 'snapshots',
  sample: { id: '1eM2UgkfaECOYyUdCo9Pa', name: 'Martial Arts Snapshot', type: 'own' },
  outputFields: [
    { key: 'id', label: 'Snapshot ID' },
    { key: 'name', label: 'Name' },
    { key: 'type', label: 'Type (own or imported)' },
  ],
});
