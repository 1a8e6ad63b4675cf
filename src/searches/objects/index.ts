import type { Search } from 'zapier-platform-core';
import findCustomObjectRecord from './findCustomObjectRecord';

export default [findCustomObjectRecord] satisfies Search[];
