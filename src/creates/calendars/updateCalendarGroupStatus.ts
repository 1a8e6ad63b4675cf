import { createAction } from '../../factories/actions';
import { notFound } from '../../fields/calendarActions';
import { calendarGroupId } from '../../fields/dropdowns';
import { choice, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** PUT /calendars/groups/{groupId}/status with {isActive} (the spec calls it "Disable Group"; true enables). */
export default createAction({
  key: 'update_calendar_group_status',
  noun: 'Calendar Group',
  label: 'Update Group Status',
  description: 'Enables or disables a calendar group.',
  inputs: inputs({
    groupId: calendarGroupId({ required: true }),
    isActive: choice({ label: 'Status', required: true, helpText: 'Enable or Disable (true or false when mapped).', values: { true: 'Enable', false: 'Disable' } }),
  }),
  request: ({ groupId, isActive }) => ({ method: 'PUT', path: apiPath`/calendars/groups/${groupId}/status`, body: { isActive: isActive === 'true' } }),
  result: (response, { groupId, isActive }) => ({ id: groupId, isActive: isActive === 'true', success: (response as { success?: boolean }).success ?? true }),
  notFoundMessage: (input) => notFound('calendar group', input.groupId),
  sample: { id: 'ocQHyuzHvysMo5N5VsXc', isActive: false, success: true },
  outputFields: [
    { key: 'id', label: 'Group ID' },
    { key: 'isActive', label: 'Active', type: 'boolean' },
    { key: 'success', label: 'Success', type: 'boolean' },
  ],
});
