import type { Search } from 'zapier-platform-core';
import findOpportunity from './findOpportunity';

export default [findOpportunity] satisfies Search[];
