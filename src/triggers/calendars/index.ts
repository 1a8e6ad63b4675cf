import type { Trigger } from 'zapier-platform-core';
import calendarNotificationChoices from '../dropdowns/calendarNotifications';
import calendarResourceChoices from '../dropdowns/calendarResources';
import getAppointment from './getAppointment';
import getCalendar from './getCalendar';
import getCalendarNotification from './getCalendarNotification';
import getCalendarResource from './getCalendarResource';
import getFreeSlots from './getFreeSlots';
import listAppointmentNotes from './listAppointmentNotes';
import listBlockedSlots from './listBlockedSlots';
import listCalendarEvents from './listCalendarEvents';
import listCalendarGroups from './listCalendarGroups';
import listCalendarNotifications from './listCalendarNotifications';
import listCalendarResources from './listCalendarResources';
import listCalendars from './listCalendars';

/** Calendars & Appointments polling triggers, plus the hidden dropdowns only they introduce. */
export default [
  listCalendarGroups,
  listCalendars,
  getCalendar,
  getFreeSlots,
  listCalendarEvents,
  listBlockedSlots,
  getAppointment,
  listAppointmentNotes,
  listCalendarNotifications,
  getCalendarNotification,
  listCalendarResources,
  getCalendarResource,
  calendarNotificationChoices,
  calendarResourceChoices,
] satisfies Trigger[];
