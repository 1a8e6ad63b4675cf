import { watchTrigger } from '../../factories/triggers';
import { calendarNotificationOutputFields, calendarNotificationSample } from '../../fields/calendarTriggers';
import { calendarId } from '../../fields/dropdowns';
import { id, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /calendars/{calendarId}/notifications/{notificationId}: the setting at the root of the answer. */
export default watchTrigger({
  key: 'get_calendar_notification',
  noun: 'Calendar Notification',
  label: 'Get Calendar Notification',
  description: 'Triggers when the chosen calendar notification is first found, and again each time its settings change.',
  inputs: inputs({
    calendarId: calendarId({ required: true, helpText: 'The calendar the notification belongs to.', altersDynamicFields: true }),
    notificationId: id({
      label: 'Notification',
      required: true,
      helpText: 'A notification of the chosen calendar. Choose one, or map a notification ID.',
      dynamic: 'dropdown_calendar_notifications.id.name',
    }),
  }),
  request: (input) => ({ method: 'GET', path: apiPath`/calendars/${input.calendarId}/notifications/${input.notificationId}` }),
  idField: '_id',
  recordIdKey: 'notificationId',
  mapItem: (notification, input) => ({ ...notification, calendarId: input.calendarId }),
  sample: {
    ...calendarNotificationSample,
    calendarId: '0TkCdp9PfvLeWKYRRvIz',
    notificationId: calendarNotificationSample._id,
    id: `${calendarNotificationSample._id}:5b8e2d0c9a1f`,
  },
  outputFields: [
    { key: 'notificationId', label: 'Notification ID' },
    { key: 'id', label: 'Change ID (notification + version)' },
    ...calendarNotificationOutputFields.slice(1),
  ],
});
