import type { Create } from 'zapier-platform-core';
import createCustomObjectRecord from './createCustomObjectRecord';
import updateCustomObjectRecord from './updateCustomObjectRecord';

export default [createCustomObjectRecord, updateCustomObjectRecord] satisfies Create[];
