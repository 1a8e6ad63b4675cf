import type { Trigger } from 'zapier-platform-core';
import appointmentNotes from './appointmentNotes';
import businesses from './businesses';
import calendarGroups from './calendarGroups';
import calendars from './calendars';
import campaigns from './campaigns';
import contacts from './contacts';
import customFields from './customFields';
import pipelines from './pipelines';
import stages from './stages';
import subAccounts from './subAccounts';
import snapshots from './snapshots';
import tags from './tags';
import users from './users';
import workflows from './workflows';
import forms from './forms';
import surveys from './surveys';
import customObjects from './customObjects';
import customValues from './customValues';

/** Hidden triggers that fill the dropdowns shared by several categories. */
export default [users, customFields, contacts, pipelines, stages, calendars, calendarGroups, campaigns, workflows, businesses, subAccounts, tags, appointmentNotes, snapshots, forms, surveys, ...customObjects, customValues] satisfies Trigger[];
