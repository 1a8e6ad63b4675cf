import type { Search } from 'zapier-platform-core';
import findContact from './findContact';

export default [findContact] satisfies Search[];
