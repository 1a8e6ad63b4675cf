import type { Create } from 'zapier-platform-core';
import createUser from './createUser';
import deleteUser from './deleteUser';
import updateUser from './updateUser';

export default [createUser, updateUser, deleteUser] satisfies Create[];
