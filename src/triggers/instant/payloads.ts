import type { Json } from '../../factories/common';
import { labelCustomFields } from '../../fields/customFields';
import { errors } from 'zapier-platform-core';

/**
 * Reading HighLevel's webhook payloads (highlevel-api-docs `docs/webhook events/*.md`): the record's own keys at the
 * root (contacts, opportunities, tasks, messages, invoices, orders) or under `appointment`, plus the envelope below.
 */

/** Keys of the webhook envelope, never part of the REST record the polling twin returns. */
const ENVELOPE = new Set(['type', 'webhookId', 'timestamp', 'versionId', 'appId']);

export const recordOf = (payload: Json): Json => Object.fromEntries(Object.entries(payload).filter(([key]) => !ENVELOPE.has(key)));

/** The same record with custom fields labelled as the twin labels them (`customField.<id>`). */
export const labelledRecordOf = (payload: Json): Json => labelCustomFields(recordOf(payload));

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : typeof value === 'number' ? String(value) : undefined);

/** A required value of the payload, or an error naming it (a delivery without it cannot be an item). */
export const required = (payload: Json, key: string, event: string): string => {
  const value = text(payload[key]);
  if (!value) throw new errors.Error(`The ${event} webhook has no ${key}: it cannot be turned into an item.`, 'InvalidWebhook', 400);
  return value;
};

/** The webhook's own time (ISO 8601), the change marker where the payload has none. */
export const webhookTime = (payload: Json): string => {
  const time = typeof payload.timestamp === 'number' ? payload.timestamp : Date.parse(String(payload.timestamp ?? ''));
  return Number.isFinite(time) ? new Date(time).toISOString() : new Date().toISOString();
};

/** `record[key]` when it is a non-empty string, else the webhook's time. */
export const markerOf = (record: Json, payload: Json, key: string): string => text(record[key]) ?? webhookTime(payload);
