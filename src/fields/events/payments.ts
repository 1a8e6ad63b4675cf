import type { PlainOutputField } from 'zapier-platform-core';
import type { Context, Json } from '../../factories/common';
import { apiPath } from '../../http/path';
import { dayFromNow, isoOf, PAGE_BUDGET, PAGE_SIZE, readPages } from './common';

/**
 * Orders and transactions (GET /payments/orders, GET /payments/transactions): `limit`/`offset` pages within a
 * `startAt`/`endAt` day window, `{data, totalCount}`, records keyed `_id`. Each poll asks for yesterday and today (UTC)
 * and reads at most PAGE_BUDGET pages, so a new record is seen whatever order HighLevel lists them in.
 */

export const PAYMENT_LIMIT = `Each check reads the records of yesterday and today, up to ${PAGE_BUDGET * PAGE_SIZE} of them.`;

export const loadPaymentRecords = (context: Context, kind: 'orders' | 'transactions', filters: Json): Promise<Json[]> => {
  const now = Date.now();
  const { locationId } = context.connection;
  return readPages(context, 'data', (page) => ({
    method: 'GET',
    path: kind === 'orders' ? apiPath`/payments/orders` : apiPath`/payments/transactions`,
    query: {
      altId: locationId,
      // Transactions require altType (apps/payments.json); the orders route takes locationId beside altId.
      ...(kind === 'transactions' ? { altType: 'location' } : { locationId }),
      ...filters,
      startAt: dayFromNow(-1, now),
      endAt: dayFromNow(0, now),
      limit: PAGE_SIZE,
      offset: page * PAGE_SIZE,
    },
  }));
};

/** Dates as ISO 8601 with a zone; amounts HighLevel may send as text become numbers beside them. */
export const withPaymentValues = (record: Json): Json => ({
  ...record,
  ...Object.fromEntries(['createdAt', 'updatedAt', 'fulfilledAt'].filter((key) => isoOf(record[key])).map((key) => [key, isoOf(record[key])])),
  ...(record.amount !== undefined && Number.isFinite(Number(record.amount)) ? { amount: Number(record.amount) } : {}),
});

/** Who paid and how much: the output fields orders and transactions share. */
export const payerOutputFields: PlainOutputField[] = [
  { key: 'contactId', label: 'Contact ID' },
  { key: 'contactName', label: 'Contact Name' },
  { key: 'contactEmail', label: 'Contact Email' },
  { key: 'amount', label: 'Amount', type: 'number' },
  { key: 'currency', label: 'Currency' },
  { key: 'liveMode', label: 'Live Mode', type: 'boolean' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
];
