import type { Search } from 'zapier-platform-core';
import findUser from './findUser';

export default [findUser] satisfies Search[];
