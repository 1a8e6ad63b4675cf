import { listTrigger, UNSORTED_LIST_MAX_PAGES } from '../../factories/triggers';
import { calendarNotificationOutputFields, calendarNotificationSample } from '../../fields/calendarTriggers';
import { calendarId } from '../../fields/dropdowns';
import { boolean, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** The most notification settings one poll reads (HighLevel's default page). */
export const NOTIFICATIONS_PAGE_SIZE = 100;

/** GET /calendars/{calendarId}/notifications: a bare array of notification settings, ids in `_id`. */
export default listTrigger({
  key: 'list_calendar_notifications',
  noun: 'Calendar Notification',
  label: 'List Calendar Notifications',
  description: 'Triggers when a new notification (reminder, confirmation, follow-up…) is set up on a calendar.',
  inputs: inputs({
    calendarId: calendarId({ required: true, helpText: 'The calendar whose notification settings to watch.' }),
    isActive: boolean({ label: 'Active', helpText: 'Yes: only active notifications. No: only inactive ones. Blank: both.' }),
    deleted: boolean({ label: 'Deleted', helpText: 'Yes: only deleted notifications. Blank: HighLevel’s default.' }),
  }),
  request: (input) => ({
    method: 'GET',
    path: apiPath`/calendars/${input.calendarId}/notifications`,
    query: { isActive: input.isActive, deleted: input.deleted, limit: NOTIFICATIONS_PAGE_SIZE, skip: 0 },
  }),
  // No sort parameter and no documented order (newest first is not guaranteed): read the pages, within the poll's budget.
  readPages: { offsetParam: 'skip', pageSize: NOTIFICATIONS_PAGE_SIZE, maxPages: UNSORTED_LIST_MAX_PAGES },
  idField: '_id',
  mapItem: (notification, input) => ({ ...notification, calendarId: input.calendarId }),
  sample: { ...calendarNotificationSample, calendarId: '0TkCdp9PfvLeWKYRRvIz' },
  outputFields: calendarNotificationOutputFields,
});
