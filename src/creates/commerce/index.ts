import type { Create } from 'zapier-platform-core';
import createInvoice from './createInvoice';
import recordInvoicePayment from './recordInvoicePayment';
import sendInvoice from './sendInvoice';

export default [createInvoice, sendInvoice, recordInvoicePayment] satisfies Create[];
