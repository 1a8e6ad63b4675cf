import { errors } from 'zapier-platform-core';
import { dropdownTrigger } from '../../factories/triggers';
import { resourceIdOf } from '../../fields/calendarTriggers';
import { choice, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const PAGE_SIZE = 100;

/**
 * Rooms or equipment (the `resourceType` chosen in the same operation), a page at a time, for resource dropdowns.
 * GET /calendars/resources/{resourceType} requires limit and skip.
 */
export default dropdownTrigger({
  key: 'dropdown_calendar_resources',
  noun: 'Calendar Resource',
  inputs: inputs({ resourceType: choice({ label: 'Resource Type', values: { rooms: 'Rooms', equipments: 'Equipment' } }) }),
  request: (input, { connection, page }) => {
    if (!input.resourceType) throw new errors.HaltedError('Choose a resource type (rooms or equipment) first: this list shows resources of that type.');
    return {
      method: 'GET',
      path: apiPath`/calendars/resources/${input.resourceType}`,
      query: { locationId: connection.locationId, limit: PAGE_SIZE, skip: page * PAGE_SIZE },
    };
  },
  mapItem: (resource) => ({ ...resource, id: resourceIdOf(resource) }),
  canPaginate: true,
  sample: { id: '67a1b2c3d4e5f60718293a4c', name: 'Yoga Room' },
});
