import type { Trigger } from 'zapier-platform-core';
import customFields from './customFields';
import users from './users';

/** Hidden triggers that fill dropdowns. */
export default [users, customFields] satisfies Trigger[];
