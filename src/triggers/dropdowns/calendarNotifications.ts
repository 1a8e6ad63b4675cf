import { errors } from 'zapier-platform-core';
import { dropdownTrigger } from '../../factories/triggers';
import type { Json } from '../../factories/common';
import { id, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const PAGE_SIZE = 100;

const words = (value: unknown): string => (typeof value === 'string' ? value : '');

/** "Reminder · email to contact — Your appointment is tomorrow": notifications have no name of their own. */
export const notificationChoiceName = (notification: Json): string => {
  const kind = words(notification.notificationType) || 'notification';
  const head = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
  const route = [words(notification.channel), words(notification.receiverType) && `to ${words(notification.receiverType)}`].filter(Boolean).join(' ');
  const subject = words(notification.subject).trim();
  return [head, route].filter(Boolean).join(' · ') + (subject ? ` — ${subject}` : '');
};

/** Notifications of the calendar chosen in the same operation (`calendarId`), a page at a time; ids in `_id`. */
export default dropdownTrigger({
  key: 'dropdown_calendar_notifications',
  noun: 'Calendar Notification',
  inputs: inputs({ calendarId: id({ label: 'Calendar' }) }),
  request: (input, { page }) => {
    if (!input.calendarId) throw new errors.HaltedError('Choose a calendar first: this list shows the notifications of that calendar.');
    return {
      method: 'GET',
      path: apiPath`/calendars/${input.calendarId}/notifications`,
      query: { limit: PAGE_SIZE, skip: page * PAGE_SIZE },
    };
  },
  idField: '_id',
  mapItem: (notification) => ({ ...notification, name: notificationChoiceName(notification) }),
  canPaginate: true,
  sample: { id: '66a1b2c3d4e5f60718293a4b', name: 'Reminder · email to contact — Your appointment is tomorrow' },
});
