import type { Bundle, ZObject } from 'zapier-platform-core';
import { connectionOf } from '../connection';
import { cached } from '../http/cache';
import { callApi } from '../http/client';
import { apiPath } from '../http/path';
import { wallToInstant } from './timeZones';

/**
 * Dates as HighLevel really writes them, turned into ISO 8601 with a zone for outputs (docs/highlevel-in-practice.md):
 * epoch milliseconds (conversations), Firestore's `{seconds, nanoseconds}` (a conversation's `lastMessageDate`),
 * wall-clock text without a zone (`2026-07-16 11:00:00`, a contact's appointments), and ISO text.
 */

type Json = Record<string, unknown>;

/** Seconds below this are read as epoch seconds, above as milliseconds (10^11 ms is March 1973). */
const SECONDS_LIMIT = 1e11;
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

const fromNumber = (value: number): number | undefined => (Number.isFinite(value) && value > 0 ? (value < SECONDS_LIMIT ? value * 1000 : value) : undefined);

/**
 * The instant a HighLevel date names, in epoch ms; undefined when it is not a date. Wall-clock text is read in
 * `wallZone` (an IANA zone) when given, else it is not an instant.
 */
export const epochMsOf = (value: unknown, wallZone?: string): number | undefined => {
  if (typeof value === 'number') return fromNumber(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const { seconds, _seconds, nanoseconds, _nanoseconds } = value as Json;
    const whole = typeof seconds === 'number' ? seconds : typeof _seconds === 'number' ? _seconds : undefined;
    const nanos = typeof nanoseconds === 'number' ? nanoseconds : typeof _nanoseconds === 'number' ? _nanoseconds : 0;
    return whole === undefined || !Number.isFinite(whole) ? undefined : whole * 1000 + Math.floor(nanos / 1e6);
  }
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d{9,13}$/.test(text)) return fromNumber(Number(text));
  if (ISO_WITH_ZONE.test(text)) {
    const parsed = Date.parse(text);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  const wall = WALL_TIME.exec(text);
  if (wall && wallZone) {
    const [, year, month, day, hour, minute, second = '0', millis = '0'] = wall;
    const wallMs = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), Number(millis.padEnd(3, '0')));
    return wallToInstant(wallMs, wallZone);
  }
  return undefined;
};

/** Suffix of the key that keeps HighLevel's own value beside the ISO one. */
export const RAW_SUFFIX = 'Raw';

/**
 * The record with each of `fields` as ISO 8601 (UTC, `Z`) when HighLevel wrote it another way; HighLevel's own value
 * is kept beside it as `<field>Raw`. ISO text with a zone is left as HighLevel wrote it (its offset included), and
 * values that are not dates are left alone.
 */
export const withIsoDates = <T extends Json>(record: T, fields: readonly string[], wallZone?: string): T => {
  const result: Json = { ...record };
  for (const field of fields) {
    const value = record[field];
    if (value === undefined || value === null || (typeof value === 'string' && ISO_WITH_ZONE.test(value.trim()))) continue;
    const ms = epochMsOf(value, wallZone);
    if (ms === undefined) continue;
    result[field] = new Date(ms).toISOString();
    result[`${field}${RAW_SUFFIX}`] = value;
  }
  return result as T;
};

/** An ISO instant without milliseconds: HighLevel refuses a task `dueDate` with them on update (n8n strips them). */
export const withoutMilliseconds = (iso: string): string => iso.replace(/\.\d+(?=Z|[+-]\d{2}:?\d{2}$)/, '');

/** True when `value` is wall-clock text without a zone (`2026-07-16 11:00:00`): it needs a zone to be an instant. */
export const isWallTime = (value: unknown): boolean => typeof value === 'string' && WALL_TIME.test(value.trim());

/**
 * `withIsoDates` for a list whose dates may be wall-clock text (a contact's appointments): that text is read in the
 * sub-account's time zone, fetched (once, cached) only when an item has such a date.
 */
export const itemsWithIsoDates = async (z: ZObject, bundle: Bundle, items: Json[], fields: readonly string[]): Promise<Json[]> => {
  const needsZone = items.some((item) => fields.some((field) => isWallTime(item[field])));
  const zone = needsZone ? await subAccountTimeZone(z, bundle) : undefined;
  return items.map((item) => withIsoDates(item, fields, zone));
};

/** The sub-account's IANA time zone (GET /locations/{locationId}), cached for the connection; UTC when unknown. */
export const subAccountTimeZone = async (z: ZObject, bundle: Bundle): Promise<string> => {
  const { locationId } = connectionOf(bundle);
  return cached(z, bundle, 3600, ['timeZone', locationId], async () => {
    const answer = await callApi<{ location?: { timezone?: unknown } }>(z, bundle, { method: 'GET', path: apiPath`/locations/${locationId}` });
    const zone = answer?.location?.timezone;
    return typeof zone === 'string' && isZone(zone) ? zone : 'UTC';
  });
};

const isZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};
