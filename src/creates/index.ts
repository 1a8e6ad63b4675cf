import type { Create } from 'zapier-platform-core';
import contacts from './contacts';
import calendars from './calendars';
import opportunities from './opportunities';
import users from './users';
import conversations from './conversations';
import businesses from './businesses';
import workflows from './workflows';
import locations from './locations';
import objects from './objects';
import settings from './settings';
import commerce from './commerce';
import tools from './tools';

/** All of them, gathered from the category folders (each folder owns its index). */
export default [...contacts, ...calendars, ...opportunities, ...users, ...conversations, ...businesses, ...workflows, ...locations, ...objects, ...settings, ...commerce, ...tools] satisfies Create[];
