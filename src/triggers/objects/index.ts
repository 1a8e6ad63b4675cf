import type { Trigger } from 'zapier-platform-core';
import newCustomObjectRecord from './newCustomObjectRecord';
import updatedCustomObjectRecord from './updatedCustomObjectRecord';

export default [newCustomObjectRecord, updatedCustomObjectRecord] satisfies Trigger[];
