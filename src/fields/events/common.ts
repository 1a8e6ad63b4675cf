import type { Json } from '../../factories/common';
import { itemsOf } from '../../factories/common';
import type { ApiRequest } from '../../http/client';
import { callApi } from '../../http/client';
import type { Context } from '../../factories/common';

/** What the event triggers share: bounded paging, date windows, HighLevel's dates as ISO 8601. */

/** One poll reads at most this many pages of a list HighLevel cannot sort by the event (the bench prints the figure). */
export const PAGE_BUDGET = 3;
/** Records per page: the most these list endpoints give in one answer. */
export const PAGE_SIZE = 100;

/**
 * Reads pages `0, 1, …` until one comes back short or `maxPages` were read: a poll costs at most `maxPages` requests.
 * `request(page)` builds the request of one page; the items are under `listKey`.
 */
export const readPages = async (
  context: Context,
  listKey: string,
  request: (page: number) => ApiRequest,
  { pageSize = PAGE_SIZE, maxPages = PAGE_BUDGET }: { pageSize?: number; maxPages?: number } = {},
): Promise<Json[]> => {
  const records: Json[] = [];
  for (let page = 0; page < maxPages; page += 1) {
    const found = itemsOf(await callApi(context.z, context.bundle, request(page)), listKey);
    records.push(...found);
    if (found.length < pageSize) break;
  }
  return records;
};

/** One request, its list. */
export const readList = async (context: Context, listKey: string, request: ApiRequest): Promise<Json[]> =>
  itemsOf(await callApi(context.z, context.bundle, request), listKey);

const DAY = 86_400_000;

/** The UTC calendar day `days` from now (negative: ago), as HighLevel's `startAt`/`endAt` take it (YYYY-MM-DD). */
export const dayFromNow = (days: number, now = Date.now()): string => new Date(now + days * DAY).toISOString().slice(0, 10);

/** The instant `days` from now in epoch ms, as text (GET /calendars/events `startTime`/`endTime`). */
export const instantFromNow = (days: number, now = Date.now()): string => String(now + days * DAY);

/**
 * A HighLevel date as ISO 8601 with a zone: epoch ms, epoch seconds, Firestore's `{seconds, nanoseconds}` (conversations'
 * `lastMessageDate`, highlevel-api.md §17) or text; undefined when it is none of these.
 */
export const isoOf = (value: unknown): string | undefined => {
  if (value && typeof value === 'object' && typeof (value as Json).seconds === 'number') {
    const { seconds, nanoseconds } = value as { seconds: number; nanoseconds?: number };
    return new Date(seconds * 1000 + Math.floor((nanoseconds ?? 0) / 1e6)).toISOString();
  }
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value < 1e12 ? value * 1000 : value).toISOString();
  if (typeof value === 'string' && value.trim()) {
    if (/^\d{9,13}$/.test(value.trim())) return isoOf(Number(value.trim()));
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? undefined : /[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? value : new Date(parsed).toISOString();
  }
  return undefined;
};
