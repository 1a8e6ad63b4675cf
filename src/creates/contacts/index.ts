import type { Create } from 'zapier-platform-core';
import addContactTags from './addContactTags';
import addContactToCampaign from './addContactToCampaign';
import bulkUpdateContactTags from './bulkUpdateContactTags';
import completeContactTask from './completeContactTask';
import createContact from './createContact';
import createContactNote from './createContactNote';
import createContactTask from './createContactTask';
import deleteContact from './deleteContact';
import deleteContactNote from './deleteContactNote';
import deleteContactTask from './deleteContactTask';
import removeContactFromAllCampaigns from './removeContactFromAllCampaigns';
import removeContactFromCampaign from './removeContactFromCampaign';
import removeContactTags from './removeContactTags';
import updateContact from './updateContact';
import updateContactNote from './updateContactNote';
import updateContactTask from './updateContactTask';
import upsertContact from './upsertContact';

export default [
  createContact,
  updateContact,
  upsertContact,
  deleteContact,
  addContactTags,
  removeContactTags,
  bulkUpdateContactTags,
  createContactTask,
  updateContactTask,
  completeContactTask,
  deleteContactTask,
  createContactNote,
  updateContactNote,
  deleteContactNote,
  addContactToCampaign,
  removeContactFromCampaign,
  removeContactFromAllCampaigns,
] satisfies Create[];
