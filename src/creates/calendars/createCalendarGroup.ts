import { createAction } from '../../factories/actions';
import { groupInputs, groupOutputFields, groupSample } from '../../fields/calendarActions';
import { boolean, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** POST /calendars/groups (GroupCreateDTO: locationId, name, description, slug required). */
export default createAction({
  key: 'create_calendar_group',
  noun: 'Calendar Group',
  label: 'Create Calendar Group',
  description: 'Creates a calendar group in the sub-account.',
  inputs: inputs({ ...groupInputs, isActive: boolean({ label: 'Active', helpText: 'No creates the group disabled.' }) }),
  request: (input, { connection }) => ({ method: 'POST', path: apiPath`/calendars/groups`, body: { locationId: connection.locationId, ...input } }),
  objectKey: 'group',
  sample: groupSample,
  outputFields: groupOutputFields,
});
