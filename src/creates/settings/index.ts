import type { Create } from 'zapier-platform-core';
import createCustomValue from './createCustomValue';
import createTag from './createTag';
import updateCustomValue from './updateCustomValue';

export default [createCustomValue, updateCustomValue, createTag] satisfies Create[];
