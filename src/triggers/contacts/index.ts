import type { Trigger } from 'zapier-platform-core';
import searchContacts from './searchContacts';

export default [searchContacts] satisfies Trigger[];
