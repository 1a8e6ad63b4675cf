import { createAction, deleted } from '../../factories/actions';
import { deletedOutputFields, deletedSample, notificationIdInput, notFound } from '../../fields/calendarActions';
import { calendarId } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** DELETE /calendars/{calendarId}/notifications/{notificationId}; HighLevel answers {message}. */
export default createAction({
  key: 'delete_calendar_notification',
  noun: 'Calendar Notification',
  label: 'Delete Notification',
  description: 'Deletes a calendar notification. This cannot be undone.',
  inputs: inputs({ calendarId: calendarId({ required: true }), notificationId: notificationIdInput }),
  request: (input) => ({ method: 'DELETE', path: apiPath`/calendars/${input.calendarId}/notifications/${input.notificationId}` }),
  result: deleted((input) => input.notificationId),
  notFoundMessage: (input) => notFound('notification', input.notificationId),
  sample: deletedSample,
  outputFields: deletedOutputFields('Notification'),
});
