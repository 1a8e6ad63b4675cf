import { createHash } from 'node:crypto';
import type { Bundle, InputField, OutputFields, ZObject } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';
import type { Connection } from '../connection';
import { connectionOf } from '../connection';
import type { ApiRequest } from '../http/client';
import { callApi } from '../http/client';
import type { InputSet, Parsed } from '../fields/kit';

export type Json = Record<string, unknown>;
type AnyInputs = Parameters<typeof import('../fields/kit').inputs>[0];

/** What a request builder may use besides the parsed input. */
export interface Context {
  z: ZObject;
  bundle: Bundle;
  connection: Connection;
  /** Zapier's page number for paged dropdowns (0 first). */
  page: number;
}

export type RequestBuilder<I> = (input: I, context: Context) => ApiRequest | Promise<ApiRequest>;

/** Everything an operation module declares about itself. */
export interface OperationSpec<S extends AnyInputs> {
  key: string;
  noun: string;
  label: string;
  description: string;
  inputs: InputSet<S>;
  /** Inputs computed at run time (custom fields, fields that depend on another choice). */
  dynamicInputs?: InputField[];
  request: RequestBuilder<Parsed<S>>;
  sample: Json;
  outputFields: OutputFields;
}

export const contextOf = (z: ZObject, bundle: Bundle): Context => ({
  z,
  bundle,
  connection: connectionOf(bundle),
  page: Number(bundle.meta?.page ?? 0) || 0,
});

/** Parse the input, build the request and send it: the part every operation shares. */
export const run = async <S extends AnyInputs>(spec: OperationSpec<S>, z: ZObject, bundle: Bundle) => {
  const input = spec.inputs.parse((bundle.inputData ?? {}) as Json);
  const context = contextOf(z, bundle);
  const answer = await callApi<unknown>(z, bundle, await spec.request(input, context));
  // HighLevel's envelope (a fresh `traceId`) is never part of a result or a change marker.
  const response = isRecord(answer) ? withoutEnvelope(answer) : answer;
  return { input, context, response };
};

/** Required inputs first (Zapier's editor shows them at the top), otherwise in declared order; dynamic inputs last. */
export const inputFieldsOf = <S extends AnyInputs>(spec: OperationSpec<S>): InputField[] => [
  ...spec.inputs.fields.filter((field) => field.required),
  ...spec.inputs.fields.filter((field) => !field.required),
  ...(spec.dynamicInputs ?? []),
];

export const display = (spec: { label: string; description: string }, hidden = false) => ({
  label: spec.label,
  description: spec.description,
  ...(hidden ? { hidden: true } : {}),
});

/** A short, stable fingerprint of a record: the change marker when HighLevel gives no updated date. */
export const fingerprint = (value: unknown): string => {
  const canonical = (entry: unknown): unknown =>
    Array.isArray(entry)
      ? entry.map(canonical)
      : entry && typeof entry === 'object'
        ? Object.fromEntries(Object.keys(entry as Json).sort().map((key) => [key, canonical((entry as Json)[key])]))
        : entry;
  return createHash('sha1').update(JSON.stringify(canonical(value)) ?? '').digest('hex').slice(0, 12);
};

/** Pick a value at a dotted path (`data.items`) from a response. */
export const pick = (value: unknown, path: string | undefined): unknown => {
  if (!path) return value;
  return path.split('.').reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as Json)[key] : undefined), value);
};

/** Items of a list answer: an array under `listKey`, or the answer itself when HighLevel sends a bare array. */
export const itemsOf = (response: unknown, listKey?: string): Json[] => {
  const found = pick(response, listKey);
  const list = Array.isArray(found) ? found : Array.isArray(response) ? response : [];
  return list.filter((item): item is Json => Boolean(item) && typeof item === 'object' && !Array.isArray(item));
};

/** Every item Zapier sees has a primitive `id`: HighLevel's `id`, else `_id`, else a fingerprint. */
export type Item = Json & { id: string };
const usableId = (value: unknown): string | undefined =>
  (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value)) ? String(value) : undefined;
export const withId = (item: Json, idField = 'id'): Item => {
  const id = usableId(item[idField]) ?? usableId(item.id) ?? usableId(item._id) ?? fingerprint(item);
  return { ...item, id };
};

/**
 * One item per id, the first kept: Zapier fails the whole poll on a repeated id ("primary key should be unique"),
 * and HighLevel lists can repeat a record across a page boundary or give several records a blank id.
 */
export const uniqueById = <T extends { id: string }>(items: T[]): T[] => {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && Boolean(seen.add(item.id)));
};

const timeOf = (value: unknown): number => {
  if (typeof value === 'number') return value;
  const parsed = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
};

/**
 * Newest first by a date field. Array sort is stable, so ties and missing dates (-Infinity less -Infinity is NaN,
 * which sort takes as equal) keep HighLevel's order.
 */
export const newestFirst = <T extends Json>(items: T[], dateField: string): T[] =>
  items
    .map((item) => ({ item, time: timeOf(item[dateField]) }))
    .sort((a, b) => b.time - a.time)
    .map(({ item }) => item);

/** Keys HighLevel adds to the root of every answer (a fresh `traceId` per call): never part of a record. */
export const ENVELOPE_KEYS: ReadonlySet<string> = new Set(['traceId']);

const isRecord = (value: unknown): value is Json => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** An answer's root without HighLevel's envelope keys. */
export const withoutEnvelope = (answer: Json): Json =>
  Object.fromEntries(Object.entries(answer).filter(([key]) => !ENVELOPE_KEYS.has(key)));

/**
 * The record in a single-record answer, read tolerantly: under the first of `keys` that holds an object (list the key
 * HighLevel really sends first, then the documented one), else the answer's root without its envelope keys.
 * Undefined when the answer is not an object, when it names one of `keys` with `null` (HighLevel's "no record":
 * `{contact: null, traceId}`), or when nothing but the envelope is left (`{}`, `{traceId}`).
 */
export const recordIn = (answer: unknown, keys: readonly string[] = []): Json | undefined => {
  if (!isRecord(answer)) return undefined;
  for (const key of keys) {
    const found = answer[key];
    if (isRecord(found)) return found;
  }
  if (keys.some((key) => key in answer && answer[key] === null)) return undefined;
  const root = withoutEnvelope(answer);
  return Object.keys(root).length > 0 ? root : undefined;
};

/** An answer of the wrong kind for `label`, named in words (never its content), with what the user can do. */
export const wrongKindOfAnswer = (label: string, answer: unknown, advice: string): Error =>
  new errors.Error(`HighLevel answered ${label} with ${kindOf(answer)} instead of a record. ${advice}`, 'InvalidResponse', 502);

/**
 * The record of a read (watch triggers, single searches): `recordIn`, except that an answer that cannot be a record —
 * not an object, or a wrapper key holding a list or text — is an error rather than "no record", so a broken answer
 * is reported instead of a trigger that silently never fires. "No record" (`{thing: null}`, `{traceId}`) stays undefined.
 */
export const recordOfRead = (answer: unknown, keys: readonly string[], label: string): Json | undefined => {
  const advice = 'This answer cannot be read; try again later, and report it if it persists.';
  if (!isRecord(answer)) throw wrongKindOfAnswer(label, answer, advice);
  if (!keys.some((key) => isRecord(answer[key]))) {
    const odd = keys.map((key) => answer[key]).find((value) => value !== undefined && value !== null);
    if (odd !== undefined) throw wrongKindOfAnswer(label, odd, advice);
  }
  return recordIn(answer, keys);
};

/** `objectKey` of an operation: one wrapper key or several (the real one first, then the documented one). */
export type ObjectKey = string | readonly string[];
export const keysOf = (objectKey: ObjectKey | undefined): readonly string[] =>
  objectKey === undefined ? [] : typeof objectKey === 'string' ? [objectKey] : objectKey;

/** What an answer is, in words, for errors about answers of the wrong kind (never its content). */
export const kindOf = (answer: unknown): string =>
  answer === null ? 'null' : Array.isArray(answer) ? `a list (${answer.length} items)` : typeof answer === 'string' ? 'a piece of text' : typeof answer === 'boolean' ? `the value ${String(answer)}` : typeof answer;
