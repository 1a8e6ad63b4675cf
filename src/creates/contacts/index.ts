import type { Create } from 'zapier-platform-core';
import createContact from './createContact';

export default [createContact] satisfies Create[];
