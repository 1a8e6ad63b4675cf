import type { Bundle, PlainInputField, PlainOutputField, ZObject } from 'zapier-platform-core';
import { cached } from '../http/cache';
import { callApi } from '../http/client';
import { apiPath } from '../http/path';
import { connectionOf } from '../connection';
import type { KindInfo } from './kit';
import { formatInstant, invalidInput, isBlank, normalizePhone, parseInstant, registerKind } from './kit';

/**
 * The sub-account's custom fields, as typed Zapier inputs (writes) and labelled outputs (reads).
 * Definitions come from GET /locations/{locationId}/customFields and are cached for the connection (src/http/cache.ts).
 */

export type CustomFieldModel = 'contact' | 'opportunity';

export interface CustomFieldDefinition {
  id: string;
  name?: string;
  fieldKey?: string;
  dataType?: string;
  picklistOptions?: string[];
  model?: string;
}

const CACHE_SECONDS = 300;
export const INPUT_PREFIX = 'customField_';
/** Output key prefix: Zapier reads `customField__<id>` as the `<id>` entry of the `customField` object. */
export const OUTPUT_OBJECT = 'customField';

export const fetchCustomFields = async (z: ZObject, bundle: Bundle, model: CustomFieldModel): Promise<CustomFieldDefinition[]> => {
  const { locationId } = connectionOf(bundle);
  // Cached for this connection only (src/http/cache.ts): field names and picklists are the sub-account's own data.
  return cached(z, bundle, CACHE_SECONDS, ['customFields', locationId, model], async () => {
    const answer = await callApi<{ customFields?: CustomFieldDefinition[] }>(z, bundle, {
      method: 'GET',
      path: apiPath`/locations/${locationId}/customFields`,
      query: { model },
    });
    return (answer.customFields ?? []).filter((field) => field && typeof field.id === 'string' && (!field.model || field.model === model));
  });
};

const LIST_TYPES = new Set(['CHECKBOX', 'MULTIPLE_OPTIONS']);
const NUMBER_TYPES = new Set(['NUMERICAL', 'MONETORY', 'MONETARY']);
const CHOICE_TYPES = new Set(['SINGLE_OPTIONS', 'RADIO', 'CHECKBOX', 'MULTIPLE_OPTIONS']);
/** File uploads need HighLevel's document objects, which a Zap cannot supply; they stay read-only. */
const UNWRITABLE_TYPES = new Set(['FILE_UPLOAD', 'SIGNATURE']);

/** How `customFieldValue` checks a value of each HighLevel type (choices are not enforced: options change in HighLevel). */
const kindOfType = (type: string): KindInfo =>
  LIST_TYPES.has(type)
    ? { kind: 'list', item: 'string' }
    : { kind: NUMBER_TYPES.has(type) ? 'number' : type === 'DATE' ? 'datetime' : type === 'PHONE' ? 'phone' : type === 'LARGE_TEXT' ? 'text' : 'string' };

export const customFieldInput = (field: CustomFieldDefinition): PlainInputField | undefined => {
  const type = (field.dataType ?? 'TEXT').toUpperCase();
  if (UNWRITABLE_TYPES.has(type)) return undefined;
  const options = field.picklistOptions?.filter((option) => typeof option === 'string' && option);
  return registerKind<PlainInputField>({
    key: `${INPUT_PREFIX}${field.id}`,
    label: field.name ?? field.fieldKey ?? field.id,
    required: false,
    type: NUMBER_TYPES.has(type) ? 'number' : type === 'DATE' ? 'datetime' : type === 'LARGE_TEXT' ? 'text' : 'string',
    ...(LIST_TYPES.has(type) ? { list: true } : {}),
    ...(CHOICE_TYPES.has(type) && options?.length ? { choices: options } : {}),
    helpText: `Custom field ${field.fieldKey ? `\`${field.fieldKey}\`` : field.id} (${type.toLowerCase().replace(/_/g, ' ')}). Leave empty to keep the current value.`,
  }, kindOfType(type));
};

/** A dynamic input-fields function: one typed input per writable custom field of the model. */
export const customFieldInputs =
  (model: CustomFieldModel) =>
  async (z: ZObject, bundle: Bundle): Promise<PlainInputField[]> =>
    (await fetchCustomFields(z, bundle, model)).map(customFieldInput).filter((field): field is PlainInputField => Boolean(field));

/** A dynamic output-fields function: `customField__<id>` labelled with each field's name. */
export const customFieldOutputs =
  (model: CustomFieldModel) =>
  async (z: ZObject, bundle: Bundle): Promise<PlainOutputField[]> =>
    (await fetchCustomFields(z, bundle, model)).map((field) => ({
      key: `${OUTPUT_OBJECT}__${field.id}`,
      label: `Custom field: ${field.name ?? field.fieldKey ?? field.id}`,
    }));

export type CustomFieldWrite = { id: string; fieldValue: unknown };

/** Converts one mapped value to what HighLevel stores for the field's type; undefined means "bad value". */
export const customFieldValue = (field: CustomFieldDefinition, raw: unknown): { value?: unknown; expected?: string } => {
  const type = (field.dataType ?? 'TEXT').toUpperCase();
  const values = (Array.isArray(raw) ? raw : [raw]).filter((value) => !isBlank(value)).map((value) => String(value).trim());
  if (LIST_TYPES.has(type)) return { value: values.flatMap((value) => value.split(',').map((part) => part.trim())).filter(Boolean) };
  const single = values.join(', ');
  if (NUMBER_TYPES.has(type)) {
    const numeric = Number(single);
    return Number.isFinite(numeric) && single !== '' ? { value: numeric } : { expected: 'a number such as 12.5' };
  }
  if (type === 'DATE') {
    const date = parseInstant(single);
    return date ? { value: formatInstant(date, 'date') } : { expected: 'a date such as 2026-01-31' };
  }
  if (type === 'PHONE') {
    const phone = normalizePhone(single);
    return phone ? { value: phone } : { expected: 'a phone number such as +1 555 123 4567' };
  }
  return { value: single };
};

/**
 * The `customFields` array of a create/update body, from the mapped `customField_<id>` inputs only: unmapped fields
 * are left out so HighLevel keeps their values. Always `{id, fieldValue}`, for contacts and opportunities alike: the
 * live API saves `fieldValue` where the documented `field_value` is dropped on updates (n8n-io/n8n issues #35392,
 * #20474, PR #35988), and HighLevel's v3 specs mark `field_value` deprecated for `fieldValue`
 * (GoHighLevel/highlevel-api-docs PRs #320 contacts, #321 opportunities). Details: docs/highlevel-in-practice.md.
 */
export const customFieldWrites = async (
  z: ZObject,
  bundle: Bundle,
  model: CustomFieldModel,
): Promise<CustomFieldWrite[] | undefined> => {
  const inputData = (bundle.inputData ?? {}) as Record<string, unknown>;
  const mapped = Object.keys(inputData).filter((key) => key.startsWith(INPUT_PREFIX) && !isBlank(inputData[key]));
  if (mapped.length === 0) return undefined;
  const definitions = new Map((await fetchCustomFields(z, bundle, model)).map((field) => [field.id, field]));
  const problems: string[] = [];
  const writes: CustomFieldWrite[] = [];
  for (const key of mapped) {
    const id = key.slice(INPUT_PREFIX.length);
    const definition = definitions.get(id) ?? { id };
    const { value, expected } = customFieldValue(definition, inputData[key]);
    if (expected) problems.push(`${definition.name ?? id} (${key}): expected ${expected}, got "${String(inputData[key])}".`);
    else writes.push({ id, fieldValue: value });
  }
  if (problems.length) throw invalidInput(problems);
  return writes;
};

/**
 * The value of one custom-field entry in any shape HighLevel answers with: contacts `{id, value}`; opportunities
 * `{id, type, fieldValueString | fieldValueNumber | fieldValueArray | fieldValueDate | fieldValueBoolean | …}`
 * (n8n's schemas generated from live answers, docs/highlevel-in-practice.md); writes echo `fieldValue`/`field_value`.
 * An unset value is `null`.
 */
export const customFieldEntryValue = (entry: Record<string, unknown>): unknown => {
  for (const key of ['value', 'fieldValue', 'field_value']) if (entry[key] !== undefined && entry[key] !== null) return entry[key];
  const typed = Object.keys(entry).find((key) => key.startsWith('fieldValue') && entry[key] !== undefined && entry[key] !== null);
  return typed === undefined ? null : entry[typed];
};

/**
 * Adds `customField: {<id>: value}` beside HighLevel's `customFields` list, for labelled output fields. Ids are
 * HighLevel's data: each is defined as an own property, so an id like `__proto__` cannot replace the object's prototype.
 */
export const labelCustomFields = <T extends Record<string, unknown>>(record: T): T & { customField?: Record<string, unknown> } => {
  const list = record.customFields;
  if (!Array.isArray(list)) return record;
  const byId: Record<string, unknown> = {};
  for (const entry of list) {
    if (entry && typeof entry === 'object' && typeof (entry as { id?: unknown }).id === 'string') {
      const value = customFieldEntryValue(entry as Record<string, unknown>);
      Object.defineProperty(byId, (entry as { id: string }).id, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return { ...record, [OUTPUT_OBJECT]: byId };
};
