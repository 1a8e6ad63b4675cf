import { listTrigger } from '../../factories/triggers';
import { calendarOutputFields, calendarSample } from '../../fields/calendarTriggers';
import { calendarGroupId } from '../../fields/dropdowns';
import { boolean, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const fields = inputs({
  groupId: calendarGroupId({ helpText: 'Only calendars of this calendar group. Leave blank for every calendar.' }),
  showDrafted: boolean({ label: 'Include Draft Calendars', helpText: 'No leaves out calendars that are still drafts. HighLevel includes them by default.' }),
});

/** GET /calendars/: every calendar of the sub-account in one answer (no paging). */
export default listTrigger({
  key: 'list_calendars',
  noun: 'Calendar',
  label: 'List Calendars',
  description: 'Triggers when a new calendar is added to the sub-account.',
  inputs: fields,
  request: (input, { connection }) => ({
    method: 'GET',
    path: apiPath`/calendars/`,
    query: { locationId: connection.locationId, groupId: input.groupId, showDrafted: input.showDrafted },
  }),
  listKey: 'calendars',
  sample: calendarSample,
  outputFields: calendarOutputFields,
});
