import type { Trigger } from 'zapier-platform-core';
import dropdownInvoices from './dropdownInvoices';

/** Hidden triggers of the commerce operations (invoices). */
export default [dropdownInvoices] satisfies Trigger[];
