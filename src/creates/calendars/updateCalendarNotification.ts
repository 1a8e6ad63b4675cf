import { createAction } from '../../factories/actions';
import { notificationBody, notificationIdInput, notificationInputs, notFound } from '../../fields/calendarActions';
import { calendarId } from '../../fields/dropdowns';
import { inputs, omit, optional, requireChanges } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** PUT /calendars/{calendarId}/notifications/{notificationId} (UpdateCalendarNotificationsDTO); HighLevel answers {message}. */
export default createAction({
  key: 'update_calendar_notification',
  noun: 'Calendar Notification',
  label: 'Update Notification',
  description: 'Updates a calendar notification, changing only the fields you map.',
  inputs: inputs({ calendarId: calendarId({ required: true }), notificationId: notificationIdInput, ...optional(omit(notificationInputs, 'calendarId')) }),
  request: (input) => ({
    method: 'PUT',
    path: apiPath`/calendars/${input.calendarId}/notifications/${input.notificationId}`,
    body: requireChanges(notificationBody(input), 'notification'),
  }),
  result: (response, input) => ({ id: input.notificationId, calendarId: input.calendarId, message: (response as { message?: unknown }).message ?? null }),
  notFoundMessage: (input) => notFound('notification', input.notificationId),
  sample: { id: '66f1d6e2c2a3b4d5e6f7a8b9', calendarId: 'CVokAlI8fgw4WYWoCtQz', message: 'Notification updated successfully' },
  outputFields: [
    { key: 'id', label: 'Notification ID' },
    { key: 'calendarId', label: 'Calendar ID' },
    { key: 'message', label: 'Message' },
  ],
});
