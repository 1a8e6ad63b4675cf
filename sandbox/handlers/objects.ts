import { DEMO } from '../demo';
import type { Call, Handler } from '../handlers';
import { HighLevelError } from '../responses';
import type { Json, Store } from '../store';
import { isJson } from '../store';

/**
 * The sandbox's custom objects, custom values and tags: named handlers keyed by operationId, stateful (a record or
 * value created is found by the next search). The demo sub-account gets its custom object "Pets" (two records, one of
 * them changed after it was created) and one custom value the first time any of these routes is called.
 */

export const OBJECTS_DEMO = {
  objectKey: 'custom_objects.pet',
  objectId: 'DemoPetObject0000001',
  recordId: 'DemoPetRecord0000001',
  secondRecordId: 'DemoPetRecord0000002',
  customValueId: 'DemoCustomValue00001',
  customValueName: 'Office Phone',
} as const;

const PET_FIELDS = [
  { name: 'Pet Name', fieldKey: 'custom_objects.pet.name', dataType: 'TEXT' },
  { name: 'Breed', fieldKey: 'custom_objects.pet.breed', dataType: 'SINGLE_OPTIONS', options: [{ key: 'golden_retriever', label: 'Golden Retriever' }, { key: 'beagle', label: 'Beagle' }] },
  { name: 'Weight (kg)', fieldKey: 'custom_objects.pet.weight', dataType: 'NUMERICAL' },
  { name: 'Vaccinated On', fieldKey: 'custom_objects.pet.vaccinated_on', dataType: 'DATE' },
];

const bodyOf = (call: Call): Json => (isJson(call.body) ? call.body : {});

/** Seeds the demo object, its records and the demo custom value once per store. */
const ensureDemo = (store: Store): void => {
  if (store.get('objectSchemas', OBJECTS_DEMO.objectKey)) return;
  const locationId = DEMO.locationId;
  store.insert('objectSchemas', {
    id: OBJECTS_DEMO.objectKey, objectId: OBJECTS_DEMO.objectId, key: OBJECTS_DEMO.objectKey, standard: false, type: 'USER_DEFINED', locationId,
    labels: { singular: 'Pet', plural: 'Pets' }, description: 'Pets of our customers', primaryDisplayProperty: 'custom_objects.pet.name',
  });
  store.insert('objectSchemas', { id: 'business', key: 'business', standard: true, type: 'SYSTEM_DEFINED', locationId, labels: { singular: 'Company', plural: 'Companies' } });
  const first = newRecord(store, OBJECTS_DEMO.objectKey, locationId, { name: 'Buddy', breed: 'golden_retriever', weight: 31.5 }, OBJECTS_DEMO.recordId);
  newRecord(store, OBJECTS_DEMO.objectKey, locationId, { name: 'Daisy', breed: 'beagle' }, OBJECTS_DEMO.secondRecordId);
  changeRecord(store, first, { vaccinated_on: '2026-10-02' });
  store.insert('customValues', { id: OBJECTS_DEMO.customValueId, name: OBJECTS_DEMO.customValueName, fieldKey: '{{ custom_values.office_phone }}', value: '+1 512 555 0100', locationId });
};

const newRecord = (store: Store, objectKey: string, locationId: string, properties: Json, id?: string, extra: Json = {}): Json => {
  const now = store.now();
  const by = { channel: 'PUBLIC_API', createdAt: now, source: 'PUBLIC_API', sourceId: 'sandbox' };
  return store.insert('objectRecords', {
    ...(id ? { id } : {}), owner: [], followers: [], ...extra, properties, objectKey, objectId: OBJECTS_DEMO.objectId, locationId,
    createdAt: now, updatedAt: now, createdBy: by, lastUpdatedBy: by,
  });
};

const changeRecord = (store: Store, record: Json, properties: Json | undefined, extra: Json = {}): Json => {
  const now = store.now();
  return store.update('objectRecords', String(record.id), {
    ...extra, properties: { ...(record.properties as Json), ...properties }, updatedAt: now,
    lastUpdatedBy: { channel: 'PUBLIC_API', createdAt: now, source: 'PUBLIC_API', sourceId: 'sandbox' },
  })!;
};

/** The location a call names (body or query), which must be the caller's sub-account. */
const locationOf = (call: Call, source: Json): string => {
  const locationId = String(source.locationId ?? call.params.locationId ?? '');
  if (call.caller.locationId && locationId !== call.caller.locationId) throw new HighLevelError(403, 'The token does not have access to this location');
  return locationId;
};

const schemaOf = (call: Call, key: string, locationId: string): Json => {
  const schema = call.store.get('objectSchemas', key);
  if (!schema || schema.locationId !== locationId) throw new HighLevelError(404, `Object ${key} not found`);
  return schema;
};

const recordOf = (call: Call, locationId?: string): Json => {
  const record = call.store.get('objectRecords', call.params.id!);
  if (!record || record.objectKey !== call.params.schemaKey || (locationId && record.locationId !== locationId)) throw new HighLevelError(404, `Record ${call.params.id} not found`);
  return record;
};

/** HighLevel refuses properties the object does not have. */
const checkProperties = (schema: Json, properties: unknown): Json => {
  if (properties === undefined) return {};
  if (!isJson(properties)) throw new HighLevelError(422, ['properties must be an object']);
  const known = schema.key === OBJECTS_DEMO.objectKey ? new Set(PET_FIELDS.map((field) => field.fieldKey.split('.').pop())) : new Set(Object.keys(properties));
  const unknown = Object.keys(properties).filter((key) => !known.has(key));
  if (unknown.length) throw new HighLevelError(422, unknown.map((key) => `property ${key} does not exist on ${String(schema.key)}`));
  return properties;
};

const ownership = (body: Json): Json => ({ ...(Array.isArray(body.owner) ? { owner: body.owner } : {}), ...(Array.isArray(body.followers) ? { followers: body.followers } : {}) });

const withoutStoreDates = ({ dateAdded: _added, dateUpdated: _updated, ...record }: Json): Json => record;

const withStore = (handler: Handler): Handler => (call) => {
  ensureDemo(call.store);
  return handler(call);
};

const searchRecords: Handler = (call) => {
  const body = bodyOf(call);
  const locationId = locationOf(call, body);
  schemaOf(call, call.params.schemaKey!, locationId);
  const query = String(body.query ?? '').trim().toLowerCase();
  const [field, text] = query.includes(':') ? [query.slice(0, query.indexOf(':')), query.slice(query.indexOf(':') + 1)] : [undefined, query];
  const found = call.store
    .list('objectRecords')
    .filter((record) => record.objectKey === call.params.schemaKey && record.locationId === locationId)
    .filter((record) => {
      if (!text) return true;
      const properties = (record.properties as Json) ?? {};
      const values = field ? [properties[field]] : Object.values(properties);
      return values.some((value) => typeof value === 'string' && value.toLowerCase().includes(text));
    });
  const limit = Number(body.pageLimit) || 10;
  const start = (Math.max(1, Number(body.page) || 1) - 1) * limit;
  const records = found.slice(start, start + limit).map((record) => ({ ...withoutStoreDates(record), searchAfter: [Date.parse(String(record.createdAt)), record.id] }));
  return { body: { records, total: found.length, traceId: crypto.randomUUID() } };
};

export const objectHandlers: Record<string, Handler> = {
  'get-object-by-location-id': withStore((call) => {
    const locationId = locationOf(call, call.query);
    return { body: { objects: call.store.list('objectSchemas').filter((schema) => schema.locationId === locationId).map(withoutStoreDates), traceId: crypto.randomUUID() } };
  }),
  'get-object-schema-by-key': withStore((call) => {
    const locationId = locationOf(call, call.query);
    const schema = withoutStoreDates(schemaOf(call, call.params.key!, locationId));
    const fields = schema.key === OBJECTS_DEMO.objectKey ? PET_FIELDS.map((field, index) => ({ id: `DemoPetField000000${index + 1}`, objectKey: schema.key, locationId, parentId: OBJECTS_DEMO.objectId, showInForms: true, ...field })) : [];
    return { body: { object: schema, cache: false, fields, traceId: crypto.randomUUID() } };
  }),
  'create-object-record': withStore((call) => {
    const body = bodyOf(call);
    const locationId = locationOf(call, body);
    const schema = schemaOf(call, call.params.schemaKey!, locationId);
    const record = newRecord(call.store, String(schema.key), locationId, checkProperties(schema, body.properties), undefined, ownership(body));
    return { body: { record: withoutStoreDates(record), traceId: crypto.randomUUID() } };
  }),
  'update-object-record': withStore((call) => {
    const locationId = locationOf(call, call.query);
    const schema = schemaOf(call, call.params.schemaKey!, locationId);
    const body = bodyOf(call);
    const record = changeRecord(call.store, recordOf(call, locationId), checkProperties(schema, body.properties), ownership(body));
    return { body: { record: withoutStoreDates(record), traceId: crypto.randomUUID() } };
  }),
  'get-record-by-id': withStore((call) => ({ body: { record: withoutStoreDates(recordOf(call)), traceId: crypto.randomUUID() } })),
  'search-object-records': withStore(searchRecords),
  'get-custom-values': withStore((call) => {
    const locationId = locationOf(call, {});
    return { body: { customValues: call.store.list('customValues').filter((value) => value.locationId === locationId).map(withoutStoreDates), traceId: crypto.randomUUID() } };
  }),
  'get-custom-value': withStore((call) => {
    const value = call.store.get('customValues', call.params.id!);
    if (!value || value.locationId !== locationOf(call, {})) throw new HighLevelError(404, `Custom value ${call.params.id} not found`);
    return { body: { customValue: withoutStoreDates(value), traceId: crypto.randomUUID() } };
  }),
  'create-custom-value': withStore((call) => {
    const body = bodyOf(call);
    const locationId = locationOf(call, {});
    const name = String(body.name);
    if (call.store.list('customValues').some((value) => value.locationId === locationId && String(value.name).toLowerCase() === name.toLowerCase())) {
      throw new HighLevelError(400, `A custom value named ${name} already exists`);
    }
    const key = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
    const value = call.store.insert('customValues', { name, value: body.value, fieldKey: `{{ custom_values.${key} }}`, locationId });
    return { body: { customValue: withoutStoreDates(value), traceId: crypto.randomUUID() } };
  }),
  'update-custom-value': withStore((call) => {
    const body = bodyOf(call);
    const locationId = locationOf(call, {});
    const value = call.store.get('customValues', call.params.id!);
    if (!value || value.locationId !== locationId) throw new HighLevelError(404, `Custom value ${call.params.id} not found`);
    const updated = call.store.update('customValues', String(value.id), { name: body.name, value: body.value })!;
    return { body: { customValue: withoutStoreDates(updated), traceId: crypto.randomUUID() } };
  }),
  // GET /locations/{locationId}/tags stays in handlers.ts (the tag dropdown uses it); creating one is here.
  'create-tag': (call) => {
    const locationId = locationOf(call, {});
    const name = String(bodyOf(call).name).trim();
    const existing = call.store.list('tags').find((tag) => tag.locationId === locationId && String(tag.name).toLowerCase() === name.toLowerCase());
    const tag = existing ?? call.store.insert('tags', { name: name.toLowerCase(), locationId });
    return { body: { tag: { id: tag.id, name: tag.name, locationId }, traceId: crypto.randomUUID() } };
  },
};
