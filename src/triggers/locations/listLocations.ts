import { listTrigger } from '../../factories/triggers';
import { email, inputs } from '../../fields/kit';
import { locationOutputFields, locationSample, PAGE_SIZE } from '../../fields/other';
import { apiPath } from '../../http/path';

const fields = inputs({
  email: email({ label: 'Email', helpText: 'Only locations (sub-accounts) with this email address.' }),
});

/**
 * GET /locations/search with the connection's company id, newest first (`order=desc`). With a sub-account
 * connection HighLevel answers with that one sub-account; with an agency connection, its sub-accounts.
 */
export default listTrigger({
  key: 'list_locations',
  noun: 'Location',
  label: 'List Locations',
  description: 'Triggers when a new location (sub-account) is added. A sub-account connection only sees its own location.',
  inputs: fields,
  request: (input, { connection }) => ({
    method: 'GET',
    path: apiPath`/locations/search`,
    query: { companyId: connection.companyId, skip: '0', limit: String(PAGE_SIZE), order: 'desc', email: input.email },
  }),
  listKey: 'locations',
  sample: locationSample,
  outputFields: locationOutputFields,
});
