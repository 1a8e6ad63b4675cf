import type { Trigger } from 'zapier-platform-core';
import getBusiness from './getBusiness';
import listBusinesses from './listBusinesses';

export default [getBusiness, listBusinesses] satisfies Trigger[];
