import type { Resource } from './resources';
import { HighLevelError, type Outcome } from './responses';
import type { Json, Store } from './store';
import { isJson } from './store';
import { EVENT_HANDLERS } from './handlers/events';
import { objectHandlers } from './handlers/objects';
import { commerceHandlers } from './handlers/commerce';

/**
 * What the sandbox does for each spec operation: one generic handler does create/read/update/delete/list/search on
 * the collection the route names (see resources.ts); the few operations whose meaning cannot be read from the route
 * (search filters, free slots, tags, upserts, files) have small named handlers below, keyed by operationId.
 */

/** Who is calling: the token's class and ids. */
export interface Caller {
  userType: 'Location' | 'Company';
  locationId?: string;
  companyId: string;
  userId: string;
}

export interface Call {
  operationId: string;
  method: string;
  resource: Resource;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  caller: Caller;
  store: Store;
}

export type Handler = (call: Call) => Outcome;

const notFound = (collection: string, id: string) => new HighLevelError(404, `${collection} with id ${id} not found`);
const bodyOf = (call: Call): Json => (isJson(call.body) ? call.body : {});
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? value.split(',') : []);

/** Collections that share one id space: a block slot is also deleted through /calendars/events/{eventId}. */
const SHARED_IDS: Record<string, string[]> = { events: ['events', 'blockSlots'], blockSlots: ['blockSlots', 'events'] };

// ---------- filters and paging ----------

/** Query or body keys that never filter records (paging, sorting, cursors, tokens). */
const NOT_FILTERS = new Set(['startAfterId', 'lastMessageId', 'appId', 'versionId', 'planId', 'sortBy', 'order', 'sort']);
const camel = (name: string): string => name.replace(/_([a-z])/g, (_all, letter: string) => letter.toUpperCase());

/** Record filters from query or search-body values: ids (`contactId`, `pipeline_stage_id`), `status`, `assignedTo`. */
const filtersOf = (source: Json): Json => {
  const filters: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined || value === '' || NOT_FILTERS.has(key) || Array.isArray(value) || isJson(value)) continue;
    const field = camel(key);
    if (/(Id|^id)$/.test(field) || field === 'assignedTo' || (field === 'status' && value !== 'all')) filters[field] = value;
  }
  return filters;
};

/** A filter only applies to records that have the field (HighLevel keeps some links elsewhere, e.g. a user's roles). */
const matches = (record: Json, filters: Json): boolean =>
  Object.entries(filters).every(([field, value]) => record[field] === undefined || String(record[field]) === String(value));

const matchesText = (record: Json, text: unknown): boolean => {
  if (typeof text !== 'string' || !text.trim()) return true;
  const needle = text.trim().toLowerCase();
  return Object.values(record).some((value) => typeof value === 'string' && value.toLowerCase().includes(needle));
};

const page = (records: Json[], source: Json): Outcome => {
  const limit = Number(source.limit ?? source.pageLimit ?? 100) || 100;
  const skip = Number(source.skip ?? source.offset ?? 0) || (Number(source.page ?? 1) - 1) * limit || 0;
  return { records: records.slice(skip, skip + limit), total: records.length };
};

// ---------- the generic handler ----------

const parentOf = (call: Call): Json | undefined => {
  const { parent } = call.resource;
  if (!parent) return undefined;
  const id = call.params[parent.param]!;
  const record = call.store.get(parent.collection, id);
  if (!record) throw notFound(parent.collection, id);
  return record;
};

/** The record the route's id names, checked against its parent and path filters. */
const recordOf = (call: Call): Json => {
  const { collection, idParam, parent } = call.resource;
  const id = call.params[idParam!]!;
  const found = call.store.find(id, SHARED_IDS[collection] ?? [collection]);
  const owned = found && (!parent || found.record[parent.field] === undefined || found.record[parent.field] === call.params[parent.param]);
  if (!found || !owned) throw notFound(collection, id);
  return found.record;
};

const pathFilters = (call: Call): Json => {
  const filters: Json = Object.fromEntries(call.resource.filterParams.map((name) => [name, call.params[name]]));
  const { parent } = call.resource;
  if (parent) filters[parent.field] = call.params[parent.param];
  return filters;
};

const list = (call: Call, source: Json): Outcome => {
  parentOf(call);
  const filters = { ...filtersOf(source), ...pathFilters(call) };
  if (call.caller.locationId && filters.locationId === undefined) filters.locationId = call.caller.locationId;
  const found = call.store.list(call.resource.collection).filter((record) => matches(record, filters) && matchesText(record, source.query ?? source.q));
  return page(found, source);
};

const create = (call: Call, fields: Json): Json => {
  const parent = parentOf(call);
  const { collection, parent: link } = call.resource;
  const record: Json = { ...normalize(call, collection, fields), ...pathFilters(call) };
  if (link && parent) record[link.field] = parent.id;
  if (record.locationId === undefined && call.caller.locationId && collection !== 'locations') record.locationId = call.caller.locationId;
  return call.store.insert(collection, record);
};

/** A nested route on a record of another collection (`/contacts/{id}/campaigns/{campaignId}`) links or unlinks it. */
const isLink = (call: Call, record: Json): boolean => Boolean(call.resource.parent) && record[call.resource.parent!.field] === undefined;

export const genericHandler: Handler = (call) => {
  const { method, resource } = call;
  const source = method === 'GET' || method === 'DELETE' ? call.query : bodyOf(call);
  switch (resource.verb) {
    case undefined:
      break;
    case 'search':
    case 'all':
      return list(call, { ...call.query, ...bodyOf(call) });
    case 'business': // GET /contacts/business/{businessId}: the contacts of one business
      return list(call, call.query);
    case 'status':
    case 'completed':
      return { record: call.store.update(resource.collection, String(recordOf(call).id), bodyOf(call)) };
    case 'tags':
    case 'followers':
      return changeList(call, resource.verb);
    case 'removeAll': {
      const parent = parentOf(call)!;
      parent[resource.collection] = [];
      return { record: parent };
    }
    default:
      throw new HighLevelError(501, `the sandbox has no handler for ${call.operationId}`);
  }
  if (!resource.idParam) return method === 'GET' ? list(call, source) : createMany(call);
  const record = recordOf(call);
  const id = String(record.id);
  if (isLink(call, record)) return link(call, record);
  if (method === 'GET') return { record };
  if (method === 'PUT' || method === 'PATCH') {
    const collection = call.store.get(resource.collection, id) ? resource.collection : (SHARED_IDS[resource.collection] ?? []).find((name) => call.store.get(name, id))!;
    return { record: call.store.update(collection, id, normalize(call, collection, bodyOf(call))) };
  }
  if (method === 'DELETE') {
    for (const collection of SHARED_IDS[resource.collection] ?? [resource.collection]) call.store.remove(collection, id);
    return { record: { id }, fields: { id } };
  }
  return { record: call.store.update(resource.collection, id, bodyOf(call)) };
};

/** POST to a collection: one record, or several when the body is an array (calendar notifications). */
const createMany = (call: Call): Outcome => {
  if (Array.isArray(call.body)) return { records: call.body.filter(isJson).map((fields) => create(call, fields)) };
  return { record: create(call, bodyOf(call)) };
};

const link = (call: Call, target: Json): Outcome => {
  const parent = parentOf(call)!;
  const ids = strings(parent[call.resource.collection]).filter((id) => id !== target.id);
  parent[call.resource.collection] = call.method === 'DELETE' ? ids : [...ids, target.id];
  return { record: parent };
};

/** POST adds to / DELETE removes from a list field of the record (`tags`, `followers`). */
const changeList = (call: Call, field: 'tags' | 'followers'): Outcome => {
  const record = recordOf(call);
  const body = bodyOf(call);
  const given = strings(body[field] ?? body.userIds);
  const before = strings(record[field]);
  const after = call.method === 'DELETE' ? before.filter((value) => !given.includes(value)) : [...new Set([...before, ...given])];
  call.store.update(call.resource.collection, String(record.id), { [field]: after });
  const changed = call.method === 'DELETE' ? { followersRemoved: given } : { followersAdded: given };
  return { fields: { [field]: after, ...(field === 'followers' ? changed : {}) } };
};

// ---------- what a record looks like once stored ----------

/** What a written custom-field entry holds: `fieldValue` (what the app sends), `field_value` (documented) or `value`. */
const writtenValue = (field: Json): unknown => field.fieldValue ?? field.field_value ?? field.value;

/**
 * An opportunity's custom field as HighLevel reads it back: typed `{id, type, fieldValueString|fieldValueNumber|…}`
 * (docs/highlevel-in-practice.md), not the `{id, value}` of contacts.
 */
const typedOpportunityField = (id: unknown, value: unknown): Json =>
  Array.isArray(value)
    ? { id, type: 'array', fieldValueArray: value }
    : typeof value === 'number'
      ? { id, type: 'number', fieldValueNumber: value }
      : typeof value === 'boolean'
        ? { id, type: 'boolean', fieldValueBoolean: value }
        : { id, type: 'string', fieldValueString: value === undefined || value === null ? null : String(value) };

/** Contacts store custom field values as HighLevel reads them back: `[{id, value}]`, whether written by id or key; opportunities typed. */
const normalize = (call: Call, collection: string, fields: Json): Json => {
  if (collection === 'opportunities' && Array.isArray(fields.customFields)) {
    return { ...fields, customFields: fields.customFields.filter(isJson).map((field) => typedOpportunityField(field.id, writtenValue(field))) };
  }
  if (collection !== 'contacts') return fields;
  const record: Json = { ...fields };
  if (Array.isArray(fields.customFields)) {
    const known = call.store.list('customFields');
    record.customFields = fields.customFields.filter(isJson).map((field) => {
      const key = typeof field.key === 'string' ? field.key.replace(/^contact\./, '') : undefined;
      const definition = known.find((candidate) => candidate.id === field.id || (key && String(candidate.fieldKey).replace(/^contact\./, '') === key));
      if (!definition) throw new HighLevelError(422, [`customFields: no custom field ${String(field.id ?? field.key)}`]);
      return { id: definition.id, value: writtenValue(field) };
    });
  }
  if (fields.firstName !== undefined || fields.lastName !== undefined) {
    record.name = [fields.firstName, fields.lastName].filter(Boolean).join(' ');
  }
  return record;
};

// ---------- named handlers: what the route alone does not say ----------

const sameText = (a: unknown, b: unknown): boolean => typeof a === 'string' && a !== '' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();

/** Upsert by the location's duplicate rule: update the record `isSame` picks, or create one. */
const upsert =
  (collection: string, isSame: (record: Json, fields: Json) => boolean): Handler =>
  (call) => {
    const fields = bodyOf(call);
    const existing = call.store.list(collection).find((record) => record.locationId === fields.locationId && isSame(record, fields));
    if (existing) return { record: call.store.update(collection, String(existing.id), normalize(call, collection, fields)), fields: { new: false } };
    return { record: create(call, fields), fields: { new: true } };
  };

/** Open 30-minute slots from 09:00 to 17:00 on each day of the window, in the asked time zone, minus booked ones. */
const freeSlots: Handler = (call) => {
  const calendar = recordOf(call);
  const start = Number(call.query.startDate);
  const end = Number(call.query.endDate);
  if (!(end > start) || end - start > 31 * 86_400_000) throw new HighLevelError(400, 'startDate and endDate must be a window of at most 31 days');
  const timeZone = typeof call.query.timezone === 'string' && call.query.timezone ? call.query.timezone : 'UTC';
  const booked = new Set(call.store.list('events').filter((event) => event.calendarId === calendar.id).map((event) => Date.parse(String(event.startTime))));
  const answer: Json = {};
  for (let day = Math.floor(start / 86_400_000) * 86_400_000; day < end; day += 86_400_000) {
    const date = new Date(day).toISOString().slice(0, 10);
    const offset = offsetMinutes(timeZone, day + 12 * 3_600_000);
    const slots: string[] = [];
    for (let minute = 9 * 60; minute < 17 * 60; minute += 30) {
      const instant = day + (minute - offset) * 60_000;
      if (instant < start || instant >= end || booked.has(instant)) continue;
      slots.push(localIso(instant, offset));
    }
    if (slots.length) answer[date] = { slots };
  }
  return { body: { ...answer, traceId: crypto.randomUUID() } };
};

/** Minutes the time zone is ahead of UTC at that instant (America/New_York in winter: -300). */
const offsetMinutes = (timeZone: string, instant: number): number => {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
};

const localIso = (instant: number, offset: number): string => {
  const local = new Date(instant + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  return `${local}${sign}${hours}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
};

/** POST /contacts/search: HighLevel's advanced search body (`filters` with eq / contains, `query`, paging). */
const searchContacts: Handler = (call) => {
  const body = bodyOf(call);
  const filters = Array.isArray(body.filters) ? body.filters.filter(isJson) : [];
  const found = call.store.list('contacts').filter((contact) => {
    if (contact.locationId !== body.locationId || !matchesText(contact, body.query)) return false;
    return filters.every((filter) => {
      const value = contact[String(filter.field)];
      const wanted = filter.value;
      if (filter.operator === 'eq') return Array.isArray(value) ? value.includes(wanted) : String(value).toLowerCase() === String(wanted).toLowerCase();
      if (filter.operator === 'contains') return String(value ?? '').toLowerCase().includes(String(wanted).toLowerCase());
      return true;
    });
  });
  return page(found, body);
};

const duplicateContact: Handler = (call) => {
  const contact = call.store
    .list('contacts')
    .find((record) => record.locationId === call.query.locationId && (sameText(record.email, call.query.email) || sameText(record.phone, call.query.number)));
  return contact ? { record: contact } : { fields: { contact: null } };
};

const bulkTags: Handler = (call) => {
  const body = bodyOf(call);
  const tags = strings(body.tags);
  const ids = strings(body.contacts);
  for (const id of ids) {
    const contact = call.store.get('contacts', id);
    if (!contact) continue;
    const before = body.removeAllTags === true ? [] : strings(contact.tags);
    const after = call.params.type === 'remove' ? before.filter((tag) => !tags.includes(tag)) : [...new Set([...before, ...tags])];
    call.store.update('contacts', id, { tags: after });
  }
  return { fields: { succeded: true, errorCount: 0, responses: [] } };
};

const bulkBusiness: Handler = (call) => {
  const body = bodyOf(call);
  const ids = strings(body.ids);
  for (const id of ids) if (call.store.get('contacts', id)) call.store.update('contacts', id, { businessId: body.businessId ?? null });
  return { fields: { success: true, ids } };
};

const sendMessage: Handler = (call) => {
  const body = bodyOf(call);
  const contact = call.store.get('contacts', String(body.contactId));
  if (!contact) throw notFound('contacts', String(body.contactId));
  const conversation =
    call.store.list('conversations').find((candidate) => candidate.contactId === contact.id) ??
    call.store.insert('conversations', { contactId: contact.id, locationId: contact.locationId, type: 'TYPE_PHONE', unreadCount: 0, inbox: true });
  const message = call.store.insert('messages', {
    conversationId: conversation.id, contactId: contact.id, locationId: contact.locationId, messageType: `TYPE_${String(body.type).toUpperCase()}`,
    body: body.message ?? body.html ?? '', direction: 'outbound', status: 'pending', contentType: 'text/plain', attachments: body.attachments ?? [],
  });
  call.store.update('conversations', String(conversation.id), { lastMessageBody: message.body });
  return { fields: { conversationId: conversation.id, messageId: message.id, msg: 'Message queued successfully.' } };
};

const messageOf = (call: Call): Json => {
  const id = call.params.messageId!;
  const message = call.store.get('messages', id);
  if (!message || message.locationId !== call.params.locationId) throw notFound('messages', id);
  return message;
};

const TRANSCRIPT = 'Agent: Thanks for calling Rivera Renovations.\nCaller: I would like a quote for my kitchen.';

/** GET /locations/{locationId}/tags: the sub-account's tags (`{tags: [{id, name, locationId}]}`). */
const locationTags: Handler = (call) => ({
  records: call.store.list('tags').filter((tag) => tag.locationId === call.params.locationId),
});

/**
 * A single record under the wrapper key the real API uses where it differs from the spec
 * (docs/highlevel-in-practice.md): `{appointment}` (spec: `event`), `{message}` and `{emailMessage}` (spec: the root).
 */
const realWrapper =
  (key: string): Handler =>
  (call) => {
    const { record } = genericHandler(call);
    return { body: { [key]: record, traceId: crypto.randomUUID() } };
  };

const OWN_HANDLERS: Record<string, Handler> = {
  'get-appointment': realWrapper('appointment'),
  'get-message': realWrapper('message'),
  'get-email-by-id': realWrapper('emailMessage'),
  'get-location-tags': locationTags,
  'search-contacts-advanced': searchContacts,
  'get-duplicate-contact': duplicateContact,
  // Contacts: same email or phone. Opportunities: the given id, or the same contact in the same pipeline.
  'upsert-contact': upsert('contacts', (record, fields) => sameText(record.email, fields.email) || sameText(record.phone, fields.phone)),
  'Upsert-opportunity': upsert(
    'opportunities',
    (record, fields) => record.id === fields.id || (record.contactId === fields.contactId && record.pipelineId === fields.pipelineId),
  ),
  'bulk-update-contact-tags': bulkTags,
  'add-remove-contact-from-business': bulkBusiness,
  'get-slots': freeSlots,
  'validate-groups-slug': (call) => ({ fields: { available: !call.store.list('groups').some((group) => group.slug === bodyOf(call).slug) } }),
  'check-url-slug-exists': (call) => ({ fields: { exists: call.store.list('posts').some((post) => post.urlSlug === call.query.urlSlug) } }),
  'get-association-key-by-key-name': (call) => singleBy(call, 'associations', { key: call.params.key_name }),
  'get-association-by-object-keys': (call) => singleBy(call, 'associations', { firstObjectKey: call.params.objectKey }),
  'get-relations-by-record-id': (call) => {
    const id = call.params.recordId;
    const related = call.store.list('relations').filter((relation) => relation.firstRecordId === id || relation.secondRecordId === id);
    return page(related, call.query);
  },
  'filter-users-by-email': (call) => {
    const emails = strings(bodyOf(call).emails).map((email) => email.toLowerCase());
    return page(call.store.list('users').filter((user) => emails.includes(String(user.email).toLowerCase())), bodyOf(call));
  },
  'send-a-new-message': sendMessage,
  'live-chat-agent-typing': () => ({ fields: { success: true } }),
  'update-message-status': (call) => {
    const message = recordOf(call);
    call.store.update('messages', String(message.id), { status: bodyOf(call).status });
    return { fields: { conversationId: message.conversationId, messageId: message.id, status: bodyOf(call).status } };
  },
  'get-message-recording': (call) => ({ raw: { contentType: 'audio/x-wav', body: silentWav(messageOf(call).id as string) } }),
  'get-message-transcription': (call) => {
    messageOf(call);
    return { body: TRANSCRIPT.split('\n').map((transcript, sentenceIndex) => ({ mediaChannel: 1 + sentenceIndex, sentenceIndex, startTime: sentenceIndex * 4, endTime: sentenceIndex * 4 + 3, transcript, confidence: 0.93 })) };
  },
  'download-message-transcription': (call) => {
    messageOf(call);
    return { raw: { contentType: 'text/plain', body: TRANSCRIPT } };
  },
};

const singleBy = (call: Call, collection: string, criteria: Json): Outcome => {
  const record = call.store.list(collection).find((candidate) => matches(candidate, criteria) && candidate.locationId === (call.query.locationId ?? call.caller.locationId));
  if (!record) throw notFound(collection, Object.values(criteria).join(','));
  return { record };
};

/** A valid, silent, one-second WAV file: what a call recording download is. */
const silentWav = (_id: string): Buffer => {
  const samples = 8000;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples, 40);
  return Buffer.concat([header, Buffer.alloc(samples, 128)]);
};

/**
 * Every table of handlers, by operationId. An operationId served by two tables is refused when the sandbox loads:
 * one would silently shadow the other (events and commerce once both served `list-invoices`, and Invoice Paid never fired).
 */
export const joinHandlers = (tables: Record<string, Record<string, Handler>>): Record<string, Handler> => {
  const joined: Record<string, Handler> = {};
  const servedBy: Record<string, string> = {};
  for (const [name, table] of Object.entries(tables)) {
    for (const [operationId, handler] of Object.entries(table)) {
      if (servedBy[operationId]) throw new Error(`sandbox: ${operationId} is served by both ${servedBy[operationId]} and ${name}`);
      servedBy[operationId] = name;
      joined[operationId] = handler;
    }
  }
  return joined;
};

const HANDLERS = joinHandlers({ handlers: OWN_HANDLERS, events: EVENT_HANDLERS, objects: objectHandlers, commerce: commerceHandlers });

export const handlerFor = (operationId: string): Handler => HANDLERS[operationId] ?? genericHandler;
