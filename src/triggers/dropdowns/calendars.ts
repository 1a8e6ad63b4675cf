import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** Calendars of the sub-account. */
export default dropdownTrigger({
  key: 'dropdown_calendars',
  noun: 'Calendar',
  inputs: inputs({}),
  request: (_input, { connection }) => ({ method: 'GET', path: apiPath`/calendars/`, query: { locationId: connection.locationId } }),
  listKey: 'calendars',
  sample: { id: 'sample1A2b3C4d5E6f7G8h', name: 'Sample Calendar' },
});
