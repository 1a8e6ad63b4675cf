import type { Create } from 'zapier-platform-core';
import createAppointment from './createAppointment';
import createAppointmentNote from './createAppointmentNote';
import createBlockSlot from './createBlockSlot';
import createCalendar from './createCalendar';
import createCalendarGroup from './createCalendarGroup';
import createCalendarNotification from './createCalendarNotification';
import createCalendarResource from './createCalendarResource';
import deleteAppointmentNote from './deleteAppointmentNote';
import deleteCalendar from './deleteCalendar';
import deleteCalendarEvent from './deleteCalendarEvent';
import deleteCalendarGroup from './deleteCalendarGroup';
import deleteCalendarNotification from './deleteCalendarNotification';
import deleteCalendarResource from './deleteCalendarResource';
import updateAppointment from './updateAppointment';
import updateAppointmentNote from './updateAppointmentNote';
import updateBlockSlot from './updateBlockSlot';
import updateCalendar from './updateCalendar';
import updateCalendarGroup from './updateCalendarGroup';
import updateCalendarGroupStatus from './updateCalendarGroupStatus';
import updateCalendarNotification from './updateCalendarNotification';
import updateCalendarResource from './updateCalendarResource';
import validateCalendarGroupSlug from './validateCalendarGroupSlug';

/** Calendars & Appointments actions (Version 2021-04-15). */
export default [
  createCalendarGroup,
  updateCalendarGroup,
  updateCalendarGroupStatus,
  deleteCalendarGroup,
  validateCalendarGroupSlug,
  createCalendar,
  updateCalendar,
  deleteCalendar,
  createAppointment,
  updateAppointment,
  deleteCalendarEvent,
  createBlockSlot,
  updateBlockSlot,
  createAppointmentNote,
  updateAppointmentNote,
  deleteAppointmentNote,
  createCalendarNotification,
  updateCalendarNotification,
  deleteCalendarNotification,
  createCalendarResource,
  updateCalendarResource,
  deleteCalendarResource,
] satisfies Create[];
