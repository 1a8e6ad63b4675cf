import type { Create } from 'zapier-platform-core';
import addContactFollowers from './addContactFollowers';
import addContactToWorkflow from './addContactToWorkflow';
import bulkUpdateContactsBusiness from './bulkUpdateContactsBusiness';
import removeContactFollowers from './removeContactFollowers';
import removeContactFromWorkflow from './removeContactFromWorkflow';

export default [
  addContactToWorkflow,
  removeContactFromWorkflow,
  addContactFollowers,
  removeContactFollowers,
  bulkUpdateContactsBusiness,
] satisfies Create[];
