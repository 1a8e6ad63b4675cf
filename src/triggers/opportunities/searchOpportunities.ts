import { listTrigger } from '../../factories/triggers';
import { customFieldOutputs, labelCustomFields } from '../../fields/customFields';
import { inputs } from '../../fields/kit';
import { opportunityOutputFields, opportunitySample, opportunitySearchFilters, opportunitySearchQuery } from '../../fields/opportunity';
import { apiPath } from '../../http/path';

/** How many opportunities one poll reads: the most GET /opportunities/search allows in one page. */
export const POLL_PAGE_SIZE = 100;

/** GET /opportunities/search (snake_case `location_id`), newest first: one request per poll. */
export default listTrigger({
  key: 'search_opportunities',
  noun: 'Opportunity',
  label: 'Search Opportunities',
  description: 'Triggers when a new opportunity matching your filters (pipeline, stage, status, assigned user, contact) is added to the sub-account.',
  inputs: inputs(opportunitySearchFilters),
  request: (input, { connection }) => ({
    method: 'GET',
    path: apiPath`/opportunities/search`,
    query: opportunitySearchQuery(connection.locationId, input, POLL_PAGE_SIZE),
  }),
  listKey: 'opportunities',
  newestFirstBy: 'createdAt',
  mapItem: labelCustomFields,
  sample: opportunitySample,
  outputFields: [...opportunityOutputFields, customFieldOutputs('opportunity')],
});
