import { listTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /workflows/?locationId: HighLevel returns every workflow at once; newest first by creation date. */
export default listTrigger({
  key: 'list_workflows',
  noun: 'Workflow',
  label: 'List Workflows',
  description: 'Triggers when a new workflow is created in the sub-account.',
  inputs: inputs({}),
  request: (_input, { connection }) => ({ method: 'GET', path: apiPath`/workflows/`, query: { locationId: connection.locationId } }),
  listKey: 'workflows',
  newestFirstBy: 'createdAt',
  sample: {
    id: '78559bb3-b920-461e-b010-7b2a2816d2a9',
    name: 'First Workflow',
    status: 'published',
    version: 2,
    createdAt: '2026-01-26T11:33:49.000Z',
    updatedAt: '2026-01-28T09:12:00.000Z',
    locationId: 'eBG6WapS3v4ZqwA45MTxtYJ',
  },
  outputFields: [
    { key: 'id', label: 'Workflow ID' },
    { key: 'name', label: 'Name' },
    { key: 'status', label: 'Status (draft or published)' },
    { key: 'version', label: 'Version', type: 'number' },
    { key: 'createdAt', label: 'Created At', type: 'datetime' },
    { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
    { key: 'locationId', label: 'Sub-account' },
  ],
});
