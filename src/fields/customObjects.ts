import type { Bundle, PlainInputField, PlainOutputField, ZObject } from 'zapier-platform-core';
import { connectionOf } from '../connection';
import type { Json } from '../factories/common';
import { cached } from '../http/cache';
import { callApi } from '../http/client';
import { apiPath } from '../http/path';
import type { Input } from './kit';
import { date, id, inputs, invalidInput, isBlank, list, number, phone, string, text } from './kit';
import { userId, userIds } from './dropdowns';

/**
 * Custom objects: the object is chosen from the sub-account's schemas (`dropdown_custom_objects`), its properties become
 * typed inputs and labelled outputs, read from GET /objects/{key}?locationId=…&fetchProperties=true (cached for the
 * connection). Records are `{id, owner, followers, properties: {<field>: value}, createdAt, updatedAt, objectKey, …}`.
 *
 * Evidence for the shapes (the spec's record DTOs are empty objects):
 * - properties are keyed by the field key without the object prefix (`custom_objects.pet.name` → `name`): the spec's
 *   RecordResponseDTO example (`customer_number`, `ticket_name`, `money: {currency: 'default', value: 100}`,
 *   `recieved_on: '2024-07-11'`, `section_of_app: ['contacts', 'smartlist']`) and the GoHighLevel-MCP server's
 *   create_object_record (github.com/maxbezooijen/GoHighLevel-MCP, src/tools/object-tools.ts: `properties={"name":
 *   "Buddy"}`, `owner` max 1 user, `followers` max 10 users, search `pageLimit` max 100, query `name:Buddy`);
 * - the create body is `{locationId, properties, owner?, followers?}`, the update body `{properties, owner?, followers?}`
 *   with `locationId` in the query (spec: update-object-record declares it as a query parameter);
 * - GET /objects/{key} answers `{object, fields: [{fieldKey, name, dataType, options: [{key, label}]}], cache}`
 *   (spec CustomObjectByIdResponseDTO / ICustomField).
 */

export interface ObjectField {
  id?: string;
  name?: string;
  fieldKey?: string;
  dataType?: string;
  options?: Array<{ key?: string; label?: string }>;
}

export interface ObjectSchema {
  key: string;
  labels?: { singular?: string; plural?: string };
  primaryDisplayProperty?: string;
  fields: ObjectField[];
}

const CACHE_SECONDS = 300;
export const PROPERTY_PREFIX = 'property_';
/** Output key prefix: Zapier reads `properties__name` as the `name` entry of the record's `properties` object. */
const OUTPUT_PREFIX = 'properties__';

/** The record's key for a field: `custom_objects.pet.name` → `name` (the object's key, then any dotted prefix, removed). */
export const propertyKeyOf = (field: ObjectField, objectKey: string): string | undefined => {
  const key = field.fieldKey?.trim();
  if (!key) return undefined;
  return key.startsWith(`${objectKey}.`) ? key.slice(objectKey.length + 1) : key.split('.').pop();
};

export const fetchObjectSchema = async (z: ZObject, bundle: Bundle, objectKey: string): Promise<ObjectSchema> => {
  const { locationId } = connectionOf(bundle);
  // Cached for this connection only (src/http/cache.ts): the schema's fields are the sub-account's own data.
  return cached(z, bundle, CACHE_SECONDS, ['objectSchema', locationId, objectKey], async () => {
    const answer = await callApi<{ object?: Json; fields?: ObjectField[] }>(z, bundle, {
      method: 'GET',
      path: apiPath`/objects/${objectKey}`,
      query: { locationId, fetchProperties: 'true' },
    });
    const object = answer.object ?? {};
    // Only JSON values: z.cache refuses `undefined`.
    return {
      key: typeof object.key === 'string' ? object.key : objectKey,
      ...(object.labels && typeof object.labels === 'object' ? { labels: object.labels as ObjectSchema['labels'] } : {}),
      ...(typeof object.primaryDisplayProperty === 'string' ? { primaryDisplayProperty: object.primaryDisplayProperty } : {}),
      fields: (Array.isArray(answer.fields) ? answer.fields : []).filter((field) => field && typeof field.fieldKey === 'string'),
    };
  });
};

/** The object chosen in this step; its properties' inputs are refreshed when it changes. */
export const objectKeyInput = () =>
  id({
    label: 'Custom Object',
    required: true,
    dynamic: 'dropdown_custom_objects.id.name',
    altersDynamicFields: true,
    helpText: 'A custom object of the sub-account, such as Pets. Its fields appear below once chosen.',
  });

/** A record of the chosen object: pair with `objectKeyInput` (key `schemaKey`) in the same operation. */
export const recordIdInput = () =>
  id({
    label: 'Record',
    required: true,
    dynamic: 'dropdown_custom_object_records.id.name',
    search: 'find_custom_object_record.id',
    helpText: 'A record of the custom object chosen above. Choose one, search for one, or map a record ID.',
  });

/** Owner and followers, as HighLevel's records take them (user ids; one owner, up to 10 followers). */
export const ownershipInputs = {
  owner: userId({ label: 'Owner', helpText: 'The user who owns the record.' }),
  followers: userIds({ label: 'Followers', helpText: 'Users who follow the record (up to 10). On an update, these replace the current followers; leave empty to keep them.' }),
};

const LIST_TYPES = new Set(['CHECKBOX', 'MULTIPLE_OPTIONS']);
const CHOICE_TYPES = new Set(['SINGLE_OPTIONS', 'RADIO', ...LIST_TYPES]);
const NUMBER_TYPES = new Set(['NUMERICAL', 'MONETORY', 'MONETARY']);
/** Files need HighLevel-hosted uploads and a textbox list is one key per option: neither can be written from a Zap yet. */
const UNWRITABLE_TYPES = new Set(['FILE_UPLOAD', 'TEXTBOX_LIST', 'SIGNATURE']);

const typeOf = (field: ObjectField): string => (field.dataType ?? 'TEXT').toUpperCase();

/** The kit input that checks one property's value; choices are offered, not enforced (options change in HighLevel). */
const propertyInput = (field: ObjectField, required: boolean): Input<unknown> | undefined => {
  const type = typeOf(field);
  if (UNWRITABLE_TYPES.has(type)) return undefined;
  const label = field.name ?? field.fieldKey ?? '';
  const helpText = `Custom object field \`${field.fieldKey}\` (${type.toLowerCase().replace(/_/g, ' ')}).${required ? '' : ' Leave empty to keep the current value.'}`;
  const common = { label, helpText, required };
  const options = (field.options ?? []).filter((option) => typeof option.key === 'string' && option.key);
  const choices = CHOICE_TYPES.has(type) && options.length ? Object.fromEntries(options.map((option) => [option.key!, option.label ?? option.key!])) : undefined;
  const input: Input<unknown> = NUMBER_TYPES.has(type)
    ? number(common)
    : type === 'DATE'
      ? date(common)
      : type === 'PHONE'
        ? phone(common)
        : type === 'LARGE_TEXT'
          ? text(common)
          : LIST_TYPES.has(type)
            ? list(string({ label }), { ...common, splitCommas: true })
            : string(common);
  return choices ? { ...input, field: { ...input.field, choices } } : input;
};

/** The inputs of an object's writable properties, keyed `property_<key>`; on a create the primary display property is required. */
export const propertyInputSet = (schema: ObjectSchema, mode: 'create' | 'update') =>
  inputs(
    Object.fromEntries(
      schema.fields.flatMap((field) => {
        const key = propertyKeyOf(field, schema.key);
        const input = key ? propertyInput(field, mode === 'create' && field.fieldKey === schema.primaryDisplayProperty) : undefined;
        return key && input ? [[`${PROPERTY_PREFIX}${key}`, input]] : [];
      }),
    ),
  );

const chosenObject = (bundle: Bundle): string | undefined => {
  const value = bundle.inputData?.schemaKey;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/** Dynamic input fields: the chosen object's properties (none until an object is chosen). */
export const propertyInputs =
  (mode: 'create' | 'update') =>
  async (z: ZObject, bundle: Bundle): Promise<PlainInputField[]> => {
    const objectKey = chosenObject(bundle);
    return objectKey ? propertyInputSet(await fetchObjectSchema(z, bundle, objectKey), mode).fields : [];
  };

/** Dynamic output fields: `properties__<key>` labelled with each field's name. */
export const propertyOutputs = async (z: ZObject, bundle: Bundle): Promise<PlainOutputField[]> => {
  const objectKey = chosenObject(bundle);
  if (!objectKey) return [];
  const schema = await fetchObjectSchema(z, bundle, objectKey);
  return schema.fields.flatMap((field) => {
    const key = propertyKeyOf(field, schema.key);
    return key ? [{ key: `${OUTPUT_PREFIX}${key}`, label: `${schema.labels?.singular ?? 'Record'}: ${field.name ?? key}` }] : [];
  });
};

/** What HighLevel stores for a checked value: money as `{currency: 'default', value}`, everything else as given. */
const storedValue = (field: ObjectField | undefined, value: unknown): unknown =>
  field && ['MONETORY', 'MONETARY'].includes(typeOf(field)) ? { currency: 'default', value } : value;

/**
 * The `properties` of a create/update body: only the mapped `property_<key>` inputs, each checked for its type
 * (bad values refused by field name before any request). Undefined when none is mapped.
 */
export const propertyWrites = async (z: ZObject, bundle: Bundle, objectKey: string, mode: 'create' | 'update'): Promise<Json | undefined> => {
  const inputData = (bundle.inputData ?? {}) as Record<string, unknown>;
  const mapped = Object.keys(inputData).filter((key) => key.startsWith(PROPERTY_PREFIX) && !isBlank(inputData[key]));
  if (mapped.length === 0 && mode === 'update') return undefined;
  const schema = await fetchObjectSchema(z, bundle, objectKey);
  const set = propertyInputSet(schema, mode);
  // A field the cached schema does not know yet (added in HighLevel minutes ago) is sent as text: HighLevel checks it.
  const unknown = Object.fromEntries(mapped.filter((key) => !(key in set.inputs)).map((key) => [key, String(inputData[key]).trim()]));
  const parsed = { ...unknown, ...(set.parse(inputData) as Record<string, unknown>) };
  const byKey = new Map(schema.fields.map((field) => [propertyKeyOf(field, schema.key), field]));
  const properties = Object.fromEntries(
    Object.entries(parsed).map(([key, value]) => {
      const property = key.slice(PROPERTY_PREFIX.length);
      return [property, storedValue(byKey.get(property), value)];
    }),
  );
  return Object.keys(properties).length ? properties : undefined;
};

/** `{owner: [id], followers: [ids]}` from the mapped inputs (HighLevel takes arrays for both). */
export const ownershipOf = (input: { owner?: string; followers?: string[] }): Json => {
  if (input.followers && input.followers.length > 10) throw invalidInput([`Followers (followers): at most 10 users, got ${input.followers.length}.`]);
  return { ...(input.owner ? { owner: [input.owner] } : {}), ...(input.followers?.length ? { followers: input.followers } : {}) };
};

/** A record as Zapier sees it: HighLevel's keys at the top level, plus its id under `recordId` (the item contract). */
export const recordItem = (record: Json): Json => ({ ...record, recordId: record.id });

/** Single-record answers are `{record: {...}}` (RecordByIdResponseDTO). */
export const RECORD_KEYS = ['record'] as const;

/** A record of the sample object "Pet", shaped like the spec's RecordResponseDTO. */
export const recordSample: Json = {
  id: '661c06b4ffde146bdb469442',
  recordId: '661c06b4ffde146bdb469442',
  owner: ['sx6wyHhbFdRXh302Lunr'],
  followers: ['sx6wyHhbFdRXh302Lunr', 'v5cEPM428h8vShlRW1KT'],
  properties: { name: 'Buddy', breed: 'golden_retriever', weight: 31.5, vaccinated_on: '2026-10-02' },
  createdAt: '2026-11-07T05:31:56.000Z',
  updatedAt: '2026-11-20T10:12:05.000Z',
  locationId: 've9EPM428h8vShlRW1KT',
  objectId: '6d6f6e676f5f6576656e7473',
  objectKey: 'custom_objects.pet',
  createdBy: { channel: 'WEB_USER', createdAt: '2026-11-07T05:31:56.000Z', source: 'PUBLIC_API', sourceId: '26653146-ec82-435d-8a99-84ecdb7fde13' },
  lastUpdatedBy: { channel: 'WEB_USER', createdAt: '2026-11-20T10:12:05.000Z', source: 'WEB_USER', sourceId: 'sx6wyHhbFdRXh302Lunr' },
};

export const recordOutputFields: PlainOutputField[] = [
  { key: 'recordId', label: 'Record ID' },
  { key: 'objectKey', label: 'Custom Object Key' },
  { key: 'objectId', label: 'Custom Object ID' },
  { key: 'locationId', label: 'Sub-account' },
  { key: 'owner', label: 'Owner User IDs', list: true },
  { key: 'followers', label: 'Follower User IDs', list: true },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
];

/** The search body HighLevel requires (SearchRecordsBody: all five keys required; an empty query matches every record). */
export const searchBody = (locationId: string, query: string, page: number, pageLimit: number): Json => ({
  locationId,
  page,
  pageLimit,
  query,
  searchAfter: [],
});

/** The records of a search answer (`{records, total}`). */
export const recordsOf = (answer: unknown): Json[] => {
  const records = (answer as { records?: unknown } | undefined)?.records;
  return Array.isArray(records) ? records.filter((record): record is Json => Boolean(record) && typeof record === 'object' && !Array.isArray(record)) : [];
};

/** Records read per poll at most: RECENT_PAGES requests of RECORDS_PER_PAGE (HighLevel's largest page). */
export const RECORDS_PER_PAGE = 100;
export const RECENT_PAGES = 3;

/**
 * The object's records for a polling trigger: pages of 100 from POST /objects/{key}/records/search until a short page,
 * the total, or the budget of RECENT_PAGES requests (one page when Zapier only loads a sample). The spec documents no
 * sort for this search, so the trigger orders what it read itself; an object with more than 300 records may be read
 * only in part (HighLevel's own order decides which part).
 */
export const recentRecords = async (z: ZObject, bundle: Bundle, objectKey: string): Promise<Json[]> => {
  const { locationId } = connectionOf(bundle);
  const pages = bundle.meta?.isLoadingSample ? 1 : RECENT_PAGES;
  const records: Json[] = [];
  for (let page = 1; page <= pages; page += 1) {
    const answer = await callApi<{ total?: unknown }>(z, bundle, {
      method: 'POST',
      path: apiPath`/objects/${objectKey}/records/search`,
      body: searchBody(locationId, '', page, RECORDS_PER_PAGE),
    });
    const found = recordsOf(answer);
    records.push(...found);
    const total = Number(answer?.total);
    if (found.length < RECORDS_PER_PAGE || (Number.isFinite(total) && records.length >= total)) break;
  }
  return records;
};
