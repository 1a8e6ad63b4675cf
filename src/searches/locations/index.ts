import type { Search } from 'zapier-platform-core';
import getLocation from './getLocation';

export default [getLocation] satisfies Search[];
