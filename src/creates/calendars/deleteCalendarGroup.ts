import { createAction, deleted } from '../../factories/actions';
import { deletedOutputFields, deletedSample, notFound } from '../../fields/calendarActions';
import { calendarGroupId } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** DELETE /calendars/groups/{groupId}; HighLevel answers {success}, the result carries the id. */
export default createAction({
  key: 'delete_calendar_group',
  noun: 'Calendar Group',
  label: 'Delete Calendar Group',
  description: 'Deletes a calendar group. This cannot be undone.',
  inputs: inputs({ groupId: calendarGroupId({ required: true }) }),
  request: (input) => ({ method: 'DELETE', path: apiPath`/calendars/groups/${input.groupId}` }),
  result: deleted((input) => input.groupId),
  notFoundMessage: (input) => notFound('calendar group', input.groupId),
  sample: deletedSample,
  outputFields: deletedOutputFields('Group'),
});
