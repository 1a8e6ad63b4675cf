import { DEMO } from '../demo';
import type { Call, Handler } from '../handlers';
import type { Outcome } from '../responses';
import type { Json, Store } from '../store';
import { isJson } from '../store';
import { demoData, invoiceMatches, orderMatches, shown } from './commerce';

/**
 * What the event triggers (issue 16) read, served statefully: opportunities ordered by last update with their stage and
 * status change dates, conversations with their last message, tasks of the sub-account, form and survey submissions,
 * orders, transactions and invoices. Records of the collections the seed does not hold (forms, submissions, payments)
 * are added the first time a sub-account's list is read, dated just before that read.
 */

const bodyOf = (call: Call): Json => (isJson(call.body) ? call.body : {});
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const timeOf = (value: unknown): number => (typeof value === 'number' ? value : Date.parse(String(value ?? ''))) || 0;
const newestBy = (field: (record: Json) => unknown) => (a: Json, b: Json) => timeOf(field(b)) - timeOf(field(a));

const paged = (records: Json[], limit: unknown, skip: unknown): Outcome => {
  const size = Number(limit ?? 100) || 100;
  const from = Number(skip ?? 0) || 0;
  return { records: records.slice(from, from + size), total: records.length };
};

// ---------- opportunities: stage and status change dates ----------

/**
 * HighLevel stamps `lastStageChangeAt`/`lastStatusChangeAt` when a deal enters a stage or status (at creation too).
 * The sandbox sees a change when it lists: the stage or status differs from the one it last saw, so the stamp is the
 * record's last update.
 */
const stampChanges = (store: Store, opportunity: Json): Json => {
  const seen = store.get('opportunityChanges', String(opportunity.id));
  if (!seen) {
    store.insert('opportunityChanges', { id: opportunity.id, stage: opportunity.pipelineStageId, status: opportunity.status });
    opportunity.lastStageChangeAt ??= opportunity.dateAdded;
    opportunity.lastStatusChangeAt ??= opportunity.dateAdded;
  } else {
    if (seen.stage !== opportunity.pipelineStageId) opportunity.lastStageChangeAt = opportunity.dateUpdated;
    if (seen.status !== opportunity.status) opportunity.lastStatusChangeAt = opportunity.dateUpdated;
    seen.stage = opportunity.pipelineStageId;
    seen.status = opportunity.status;
  }
  return opportunity;
};

const ORDERS: Record<string, (record: Json) => unknown> = {
  updated_desc: (record) => record.updatedAt ?? record.dateUpdated,
  added_desc: (record) => record.createdAt ?? record.dateAdded,
};

/** GET /opportunities/search: the snake_case filters, `q` on the name, `order` (updated_desc, added_desc), page/limit. */
const searchOpportunities: Handler = (call) => {
  const query = call.query;
  const filters: Array<[string, unknown]> = [
    ['locationId', query.location_id],
    ['pipelineId', query.pipeline_id],
    ['pipelineStageId', query.pipeline_stage_id],
    ['assignedTo', query.assigned_to],
    ['contactId', query.contact_id],
    ['status', query.status === 'all' ? undefined : query.status],
  ];
  const q = text(query.q)?.toLowerCase();
  const found = call.store
    .list('opportunities')
    .map((opportunity) => stampChanges(call.store, opportunity))
    .filter((opportunity) => filters.every(([field, wanted]) => wanted === undefined || wanted === '' || String(opportunity[field]) === String(wanted)))
    .filter((opportunity) => !q || String(opportunity.name ?? '').toLowerCase().includes(q));
  const order = ORDERS[String(query.order)];
  const limit = Number(query.limit ?? 20) || 20;
  const page = Number(query.page ?? 1) || 1;
  return paged(order ? [...found].sort(newestBy(order)) : found, limit, (page - 1) * limit);
};

// ---------- conversations: their last message ----------

/** The conversation with its last message's id, date (epoch ms, as HighLevel lists it), direction, type and text. */
const withLastMessage = (store: Store, conversation: Json): Json => {
  const last = store.list('messages').filter((message) => message.conversationId === conversation.id).sort(newestBy((message) => message.dateAdded))[0];
  if (!last) return conversation;
  return {
    ...conversation,
    lastMessageId: last.id,
    lastMessageDate: timeOf(last.dateAdded),
    lastMessageDirection: last.direction,
    lastMessageType: last.messageType ?? conversation.lastMessageType,
    lastMessageBody: last.body ?? conversation.lastMessageBody,
  };
};

/** GET /conversations/search: ids, assignee, direction and type of the last message, text; sorted by last message date. */
const searchConversations: Handler = (call) => {
  const query = call.query;
  const filters: Array<[string, unknown]> = [
    ['locationId', query.locationId],
    ['contactId', query.contactId],
    ['id', query.id],
    ['lastMessageDirection', query.lastMessageDirection],
    ['lastMessageType', query.lastMessageType],
  ];
  const assignees = text(query.assignedTo)?.split(',');
  const words = text(query.query)?.toLowerCase();
  const found = call.store
    .list('conversations')
    .map((conversation) => withLastMessage(call.store, conversation))
    .filter((conversation) => filters.every(([field, wanted]) => wanted === undefined || wanted === '' || String(conversation[field]) === String(wanted)))
    .filter((conversation) => !assignees || assignees.includes(String(conversation.assignedTo)))
    .filter((conversation) => !words || Object.values(conversation).some((value) => typeof value === 'string' && value.toLowerCase().includes(words)));
  const sorted = query.sort === 'asc' ? [...found].sort(newestBy((record) => record.lastMessageDate)).reverse() : [...found].sort(newestBy((record) => record.lastMessageDate));
  return paged(sorted, query.limit ?? 20, 0);
};

// ---------- tasks of the sub-account ----------

/** POST /locations/{locationId}/tasks/search: the tasks of the location's contacts; completed, assignees, text, skip/limit. */
const searchTasks: Handler = (call) => {
  ensureEventRecords(call.store, call.params.locationId!);
  const body = bodyOf(call);
  const contacts = new Set(call.store.list('contacts').filter((contact) => contact.locationId === call.params.locationId).map((contact) => contact.id));
  const assignees = Array.isArray(body.assignedTo) ? body.assignedTo.map(String) : undefined;
  const contactIds = Array.isArray(body.contactId) ? body.contactId.map(String) : undefined;
  const found = call.store
    .list('tasks')
    .filter((task) => contacts.has(task.contactId))
    .filter((task) => body.completed === undefined || Boolean(task.completed) === body.completed)
    .filter((task) => !assignees?.length || assignees.includes(String(task.assignedTo)))
    .filter((task) => !contactIds?.length || contactIds.includes(String(task.contactId)))
    .filter((task) => !text(body.query) || String(task.title ?? '').toLowerCase().includes(String(body.query).toLowerCase()));
  // The spec declares `tasks` as an array of arrays, which the generic answer cannot fill: the answer is written here.
  const { records } = paged(found, body.limit ?? 25, body.skip ?? 0);
  return { body: { tasks: records, traceId: crypto.randomUUID() } };
};

// ---------- forms, surveys, submissions, payments ----------

/** The demo records of the collections the seed does not hold, added once per sub-account (and again after a reset). */
const ensureEventRecords = (store: Store, locationId: string): void => {
  if (store.list('forms').some((form) => form.locationId === locationId)) return;
  const contact = store.list('contacts').find((candidate) => candidate.locationId === locationId);
  const contactId = contact?.id ?? DEMO.contactId;
  const justBefore = new Date(Date.now() - 3_600_000).toISOString();
  const today = justBefore.slice(0, 10);
  const payer = { contactId, contactName: contact?.name ?? 'Alex Morgan', contactEmail: contact?.email ?? 'alex.morgan@example.com' };
  const form = store.insert('forms', { name: 'Request a quote', locationId });
  const survey = store.insert('surveys', { name: 'After the visit', locationId });
  store.insert('formSubmissions', {
    formId: form.id, locationId, contactId, name: payer.contactName, email: payer.contactEmail, createdAt: justBefore,
    others: { full_name: payer.contactName, email: payer.contactEmail, [DEMO.customFieldId]: 'green' },
  });
  store.insert('surveySubmissions', {
    surveyId: survey.id, locationId, contactId, name: payer.contactName, email: payer.contactEmail, createdAt: justBefore, others: { how_was_the_visit: 'Great' },
  });
  const order = store.insert('orders', {
    altId: locationId, altType: 'location', ...payer, currency: 'USD', amount: 1200, status: 'completed', paymentStatus: 'paid', liveMode: false,
    sourceType: 'funnel', sourceName: 'Spring offer', fulfillmentStatus: 'unfulfilled', createdAt: justBefore, updatedAt: justBefore,
  });
  store.insert('transactions', {
    altId: locationId, altType: 'location', ...payer, currency: 'USD', amount: 1200, status: 'succeeded', liveMode: false, entityType: 'order',
    entityId: order.id, paymentProviderType: 'stripe', createdAt: justBefore, updatedAt: justBefore,
  });
  store.insert('invoices', {
    altId: locationId, altType: 'location', name: 'Kitchen renovation deposit', invoiceNumber: '1000', status: 'paid', currency: 'USD', total: 1200,
    amountPaid: 1200, amountDue: 0, issueDate: today, dueDate: today, contactDetails: { id: contactId, name: payer.contactName, email: payer.contactEmail },
    createdAt: justBefore, updatedAt: justBefore,
  });
  if (contact) store.insert('tasks', { contactId, title: 'Order the tiles', completed: true, assignedTo: DEMO.userId, dueDate: justBefore });
};

const withinDays = (value: unknown, startAt: unknown, endAt: unknown): boolean => {
  const day = String(value ?? '').slice(0, 10);
  return (!text(startAt) || day >= String(startAt)) && (!text(endAt) || day <= String(endAt));
};

/** GET /forms/submissions and /surveys/submissions: the parent filter and the startAt/endAt window, page/limit. */
const submissions =
  (collection: string, parent: 'formId' | 'surveyId'): Handler =>
  (call) => {
    const query = call.query;
    ensureEventRecords(call.store, String(query.locationId));
    const found = call.store
      .list(collection)
      .filter((record) => record.locationId === query.locationId && (!text(query[parent]) || record[parent] === query[parent]))
      .filter((record) => withinDays(record.createdAt, query.startAt, query.endAt))
      .map(({ locationId: _location, dateAdded: _added, dateUpdated: _updated, ...submission }) => submission);
    const limit = Number(query.limit ?? 20) || 20;
    const page = Number(query.page ?? 1) || 1;
    const { records, total } = paged(found, limit, (page - 1) * limit);
    return { body: { submissions: records, meta: { total, currentPage: page, nextPage: page * limit < (total ?? 0) ? page + 1 : null, prevPage: page > 1 ? page - 1 : null }, traceId: crypto.randomUUID() } };
  };

/** GET /forms/ and /surveys/: the sub-account's forms or surveys, skip/limit. */
const parents =
  (collection: string): Handler =>
  (call) => {
    ensureEventRecords(call.store, String(call.query.locationId));
    const found = call.store.list(collection).filter((record) => record.locationId === call.query.locationId).map(({ id, name, locationId }) => ({ id, name, locationId }));
    const { records, total } = paged(found, call.query.limit ?? 10, call.query.skip ?? 0);
    return { body: { [collection]: records, total, traceId: crypto.randomUUID() } };
  };

/** GET /payments/orders and /payments/transactions (events and commerce alike): `altId`, the window, search text (orders), payment status, offset/limit → `{data, totalCount}`. */
const payments =
  (collection: 'orders' | 'transactions'): Handler =>
  (call) => {
    const query = call.query;
    ensureEventRecords(demoData(call.store), String(query.altId));
    const found = call.store
      .list(collection)
      .filter((record) => record.altId === query.altId && withinDays(record.createdAt, query.startAt, query.endAt))
      .filter((record) => collection !== 'orders' || orderMatches(record, query.search))
      .filter((record) => !text(query.paymentStatus) || record.paymentStatus === query.paymentStatus)
      .filter((record) => !text(query.contactId) || record.contactId === query.contactId)
      .map(shown);
    const { records, total } = paged(found, query.limit ?? 10, query.offset ?? 0);
    return { body: { data: records, totalCount: total, traceId: crypto.randomUUID() } };
  };

/** GET /invoices/ (events and commerce alike): `altId`, status, contact, search text, sorted by issue date (descend/ascend), offset/limit → `{invoices, total}`. */
const invoices: Handler = (call) => {
  const query = call.query;
  ensureEventRecords(demoData(call.store), String(query.altId));
  const found = call.store
    .list('invoices')
    .filter((invoice) => invoice.altId === query.altId && (!text(query.status) || invoice.status === query.status))
    .filter((invoice) => invoiceMatches(invoice, query.search))
    .filter((invoice) => !text(query.contactId) || (invoice.contactDetails as Json | undefined)?.id === query.contactId)
    .sort((a, b) => String(b.issueDate).localeCompare(String(a.issueDate)) * (query.sortOrder === 'ascend' ? -1 : 1))
    .map(shown);
  const { records, total } = paged(found, query.limit, query.offset);
  return { body: { invoices: records, total, traceId: crypto.randomUUID() } };
};

/** Keyed by the spec's operationId; registered in sandbox/handlers.ts. */
export const EVENT_HANDLERS: Record<string, Handler> = {
  'search-opportunity': searchOpportunities,
  'search-conversation': searchConversations,
  'task-search': searchTasks,
  'get-forms-submissions': submissions('formSubmissions', 'formId'),
  'get-surveys-submissions': submissions('surveySubmissions', 'surveyId'),
  'get-forms': parents('forms'),
  'get-surveys': parents('surveys'),
  'list-orders': payments('orders'),
  'list-transactions': payments('transactions'),
  'list-invoices': invoices,
};
