import type { Json } from './store';
import { isJson } from './store';

/**
 * HighLevel's answers, shaped by the spec: the record or records a handler produced go under the key the operation's
 * 200/201 response schema declares (`{contact}`, `{contacts, count}`, `{succeded: true}`, a bare record, a bare array).
 */

/** What a handler produced, before it is wrapped. */
export interface Outcome {
  status?: number;
  record?: Json;
  records?: Json[];
  /** Records matching before paging. */
  total?: number;
  /** Answer fields a handler sets itself (they win over inferred ones). */
  fields?: Json;
  /** A non-JSON answer (recordings, transcript downloads). */
  raw?: { contentType: string; body: string | Buffer };
  /** The answer as is, when no schema describes it (free slots). */
  body?: unknown;
}

/** Refusals in HighLevel's shape: `{statusCode, message, error?}`. */
export class HighLevelError extends Error {
  constructor(
    readonly status: number,
    message: string | string[],
    readonly headers: Record<string, string> = {},
  ) {
    super(Array.isArray(message) ? message.join('; ') : message);
    this.body = { statusCode: status, message, ...(ERROR_NAMES[status] ? { error: ERROR_NAMES[status] } : {}) };
  }
  readonly body: Json;
}

const ERROR_NAMES: Record<number, string> = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 422: 'Unprocessable Entity', 429: 'Too Many Requests' };

type Schemas = Record<string, Json>;

export const resolveSchema = (schemas: Schemas, schema: unknown): Json | undefined => {
  let current = schema;
  for (let depth = 0; isJson(current) && typeof current.$ref === 'string' && depth < 20; depth += 1) {
    current = schemas[current.$ref.split('/').pop() ?? ''];
  }
  if (!isJson(current)) return undefined;
  // `allOf: [X]` (businesses) is X.
  if (Array.isArray(current.allOf) && current.allOf.length === 1) return resolveSchema(schemas, current.allOf[0]);
  return current;
};

/** The success status and JSON schema of an operation's answer. */
export const successOf = (schemas: Schemas, operation: Json): { status: number; schema?: Json } => {
  const responses = isJson(operation.responses) ? operation.responses : {};
  const code = Object.keys(responses).find((status) => /^2\d\d$/.test(status)) ?? '200';
  const response = responses[code];
  const content = isJson(response) && isJson(response.content) ? response.content['application/json'] : undefined;
  return { status: Number(code), schema: isJson(content) ? resolveSchema(schemas, content.schema) : undefined };
};

/** An answer schema that is one record itself (it has the record's own id or location), not a wrapper. */
const isBareRecord = (properties: Json): boolean => ['id', '_id', 'locationId', 'calendarId'].some((key) => key in properties);

const FALSE_FLAGS = new Set(['hasMore', 'nextPage', 'new', 'starred', 'deleted']);

export const shapeAnswer = (schemas: Schemas, schema: Json | undefined, outcome: Outcome, collectionNoun: string): unknown => {
  const { record, records } = outcome;
  const items = records ?? (record ? [record] : []);
  if (!schema) return withTraceId(record ?? (records ? { [collectionNoun]: records, total: outcome.total ?? records.length } : { succeded: true }));
  if (schema.type === 'array') return items;
  const properties = isJson(schema.properties) ? schema.properties : {};
  if (record && !records && isBareRecord(properties)) return withTraceId({ ...record, ...outcome.fields });
  const answer: Json = {};
  let recordPlaced = false;
  for (const [name, raw] of Object.entries(properties)) {
    const property = resolveSchema(schemas, raw) ?? {};
    const type = property.type ?? (isJson(property.properties) ? 'object' : undefined);
    const itemType = resolveSchema(schemas, property.items)?.type;
    if (type === 'array' && (itemType === 'object' || itemType === undefined) && (records || record)) answer[name] = items;
    else if (name === 'meta') answer.meta = { total: outcome.total ?? items.length, currentPage: 1, nextPage: null, prevPage: null, startAfter: null, startAfterId: null };
    else if (type === 'object' && record && !recordPlaced) {
      answer[name] = record;
      recordPlaced = true;
    } else if (type === 'boolean') answer[name] = !FALSE_FLAGS.has(name);
    else if (type === 'number' && /^(total|count)$/.test(name)) answer[name] = outcome.total ?? items.length;
    else if (name === 'traceId') answer.traceId = crypto.randomUUID();
    else if (record && record[name] !== undefined) answer[name] = record[name];
    else if (record && name === `${collectionNoun}Id`) answer[name] = record.id;
  }
  return withTraceId({ ...answer, ...outcome.fields });
};

/** Every live object answer carries a fresh `traceId` at its root, whatever its schema says (docs/highlevel-in-practice.md). */
const withTraceId = (answer: Json): Json => ({ ...answer, traceId: typeof answer.traceId === 'string' ? answer.traceId : crypto.randomUUID() });
