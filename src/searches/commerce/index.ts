import type { Search } from 'zapier-platform-core';
import findInvoice from './findInvoice';
import findOrder from './findOrder';

export default [findInvoice, findOrder] satisfies Search[];
