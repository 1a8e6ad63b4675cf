import { listTrigger } from '../../factories/triggers';
import { choice, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const fields = inputs({
  status: choice({
    label: 'Status',
    helpText: 'Only campaigns with this status. Leave empty for all campaigns.',
    values: { draft: 'Draft', published: 'Published' },
  }),
});

/** GET /campaigns/?locationId[&status]: HighLevel returns every campaign at once (no dates, so its order is kept). */
export default listTrigger({
  key: 'list_campaigns',
  noun: 'Campaign',
  label: 'List Campaigns',
  description: 'Triggers when a new campaign appears in the sub-account (optionally only draft or published ones).',
  inputs: fields,
  request: (input, { connection }) => ({
    method: 'GET',
    path: apiPath`/campaigns/`,
    query: { locationId: connection.locationId, status: input.status },
  }),
  listKey: 'campaigns',
  sample: { id: 'mIVALPYuTD7YjUHnFEx4', name: 'Spring Promotion', status: 'published', locationId: 've9EPM428h8vShlRW1KT' },
  outputFields: [
    { key: 'id', label: 'Campaign ID' },
    { key: 'name', label: 'Name' },
    { key: 'status', label: 'Status' },
    { key: 'locationId', label: 'Sub-account' },
  ],
});
