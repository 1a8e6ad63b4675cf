import type { Create } from 'zapier-platform-core';
import createBusiness from './createBusiness';
import deleteBusiness from './deleteBusiness';
import updateBusiness from './updateBusiness';

export default [createBusiness, updateBusiness, deleteBusiness] satisfies Create[];
