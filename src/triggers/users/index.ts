import type { Trigger } from 'zapier-platform-core';
import findUsersByEmail from './findUsersByEmail';
import getUser from './getUser';
import listLocationUsers from './listLocationUsers';
import searchUsers from './searchUsers';

export default [searchUsers, findUsersByEmail, getUser, listLocationUsers] satisfies Trigger[];
