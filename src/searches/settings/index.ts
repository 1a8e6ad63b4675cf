import type { Search } from 'zapier-platform-core';
import findCustomValue from './findCustomValue';
import findTag from './findTag';

export default [findCustomValue, findTag] satisfies Search[];
