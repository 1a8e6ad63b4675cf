import { listTrigger, UNSORTED_LIST_MAX_PAGES } from '../../factories/triggers';
import { resourceOutputFields, resourceSample } from '../../fields/calendarActions';
import { resourceIdOf, resourceTypeInput } from '../../fields/calendarTriggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** How many resources one poll reads (limit and skip are required by HighLevel). */
export const RESOURCES_PAGE_SIZE = 100;

/** GET /calendars/resources/{resourceType}: a bare array; items get a stable id (`_id`/`id`, else a fingerprint). */
export default listTrigger({
  key: 'list_calendar_resources',
  noun: 'Calendar Resource',
  label: 'List Calendar Resources',
  description: 'Triggers when a new room or piece of equipment is added as a calendar resource.',
  inputs: inputs({ resourceType: resourceTypeInput('Watch rooms or equipment.') }),
  request: (input, { connection }) => ({
    method: 'GET',
    path: apiPath`/calendars/resources/${input.resourceType}`,
    query: { locationId: connection.locationId, limit: RESOURCES_PAGE_SIZE, skip: 0 },
  }),
  // No sort parameter and no documented order (newest first is not guaranteed): read the pages, within the poll's budget.
  readPages: { offsetParam: 'skip', pageSize: RESOURCES_PAGE_SIZE, maxPages: UNSORTED_LIST_MAX_PAGES },
  mapItem: (resource) => ({ ...resource, id: resourceIdOf(resource) }),
  sample: { id: '66f1d6e2c2a3b4d5e6f7a8c0', ...resourceSample },
  outputFields: resourceOutputFields,
});
