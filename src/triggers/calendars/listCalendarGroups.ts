import { listTrigger } from '../../factories/triggers';
import { calendarGroupOutputFields, calendarGroupSample } from '../../fields/calendarTriggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /calendars/groups: every group of the sub-account in one answer (no paging). */
export default listTrigger({
  key: 'list_calendar_groups',
  noun: 'Calendar Group',
  label: 'List Calendar Groups',
  description: 'Triggers when a new calendar group is added to the sub-account.',
  inputs: inputs({}),
  request: (_input, { connection }) => ({ method: 'GET', path: apiPath`/calendars/groups`, query: { locationId: connection.locationId } }),
  listKey: 'groups',
  sample: calendarGroupSample,
  outputFields: calendarGroupOutputFields,
});
