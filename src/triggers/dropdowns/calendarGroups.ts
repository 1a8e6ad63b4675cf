import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** Calendar groups of the sub-account. */
export default dropdownTrigger({
  key: 'dropdown_calendar_groups',
  noun: 'Calendar Group',
  inputs: inputs({}),
  request: (_input, { connection }) => ({ method: 'GET', path: apiPath`/calendars/groups`, query: { locationId: connection.locationId } }),
  listKey: 'groups',
  sample: { id: 'sample1A2b3C4d5E6f7G8h', name: 'Sample Calendar Group' },
});
