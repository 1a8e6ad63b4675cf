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
import { instantTriggers, withTwins } from './instant';

/** All of them, gathered from the category folders (each folder owns its index). */
const polling = [...dropdowns, ...contacts, ...calendars, ...opportunities, ...users, ...conversations, ...businesses, ...workflows, ...locations, ...events, ...objects, ...commerce] satisfies Trigger[];

/** Instant triggers share their polling twin's shape, sample and samples: built once the twins are gathered. */
export default [...polling, ...withTwins(instantTriggers, polling)] satisfies Trigger[];
