import type { Trigger } from 'zapier-platform-core';
import contactActivityDropdowns from '../dropdowns/contactActivity';
import findDuplicateContact from './findDuplicateContact';
import getContact from './getContact';
import getContactNote from './getContactNote';
import getContactTask from './getContactTask';
import listBusinessContacts from './listBusinessContacts';
import listContactAppointments from './listContactAppointments';
import listContactNotes from './listContactNotes';
import listContactTasks from './listContactTasks';
import listContactsLegacy from './listContactsLegacy';
import searchContacts from './searchContacts';

export default [
  searchContacts,
  getContact,
  listBusinessContacts,
  findDuplicateContact,
  listContactAppointments,
  listContactTasks,
  getContactTask,
  listContactNotes,
  getContactNote,
  listContactsLegacy,
  // hidden dropdowns behind the task and note inputs (dropdown_contact_tasks, dropdown_contact_notes)
  ...contactActivityDropdowns,
] satisfies Trigger[];
