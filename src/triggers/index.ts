import type { Trigger } from 'zapier-platform-core';
import dropdowns from './dropdowns';
import contacts from './contacts';
import calendars from './calendars';
import opportunities from './opportunities';
import users from './users';
import conversations from './conversations';
import businesses from './businesses';
import workflows from './workflows';
import locations from './locations';
import events from './events';
import objects from './objects';
import commerce from './commerce';

/** All of them, gathered from the category folders (each folder owns its index). */
export default [...dropdowns, ...contacts, ...calendars, ...opportunities, ...users, ...conversations, ...businesses, ...workflows, ...locations, ...events, ...objects, ...commerce] satisfies Trigger[];
