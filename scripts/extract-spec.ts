import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run spec`: builds sandbox/spec/highlevel.json, the machine-readable part of HighLevel's official OpenAPI spec
 * (CC0, ../shared/highlevel-openapi) the sandbox validates against — only the (method, path) pairs the app calls,
 * the services merged into one document, prose stripped, documented spec defects fixed (each fix says why).
 */

// Run from dist/scripts: the project root is two levels up.
const ROOT = path.resolve(__dirname, '../..');
const SPEC_SOURCE = path.resolve(ROOT, '../shared/highlevel-openapi');
export const SPEC_OUTPUT = path.join(ROOT, 'sandbox/spec/highlevel.json');

type Json = Record<string, unknown>;
type Method = 'get' | 'post' | 'put' | 'delete' | 'patch';
interface Route {
  method: Method;
  path: string;
}

const readJson = (file: string): Json => JSON.parse(readFileSync(file, 'utf8')) as Json;
const isObject = (value: unknown): value is Json => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** `/contacts/{contactId}/` and `/contacts/{id}` are the same route. */
export const routeShape = (template: string): string => template.replace(/\{[^}]+\}/g, '{}').replace(/\/+$/, '') || '/';

/** Endpoints the app calls that are not the primary endpoint of a catalog operation. */
const EXTRA_ROUTES: Route[] = [
  { method: 'get', path: '/opportunities/lost-reason' }, // dropdown_lost_reasons
  { method: 'get', path: '/locations/{locationId}/customFields' }, // custom field dropdowns and values
  { method: 'post', path: '/oauth/token' },
  { method: 'get', path: '/oauth/installedLocations' },
  { method: 'post', path: '/oauth/locationToken' },
  // Dropdowns and lookups of the extensions (forms, surveys, custom objects, invoices).
  { method: 'get', path: '/forms/' },
  { method: 'get', path: '/surveys/' },
  { method: 'get', path: '/objects/' },
  { method: 'get', path: '/objects/{key}' },
  { method: 'get', path: '/objects/{schemaKey}/records/{id}' },
  { method: 'get', path: '/invoices/{invoiceId}' },
  { method: 'get', path: '/locations/{locationId}/customValues/{id}' },
];

/** The extensions' endpoints (`GET|POST` lists both; `any`, the API Request escape hatch, has none of its own). */
const extensionRoutes = (): Route[] =>
  (JSON.parse(readFileSync(path.join(ROOT, 'catalog/extensions.json'), 'utf8')) as Array<{ method: string; path: string }>)
    .filter((operation) => operation.path.startsWith('/'))
    .flatMap((operation) => operation.method.split('|').map((method) => ({ method: method.toLowerCase() as Method, path: operation.path })));

const catalogRoutes = (): Route[] =>
  (JSON.parse(readFileSync(path.join(ROOT, 'catalog/operations.json'), 'utf8')) as Array<{ method: string; path: string }>).map(
    (operation) => ({ method: operation.method.toLowerCase() as Method, path: operation.path }),
  );

// ---------- prose stripping ----------

const PROSE_KEYS = new Set(['description', 'summary', 'title', 'externalDocs', 'tags']);
const DATA_KEYS = new Set(['example', 'default', 'enum']);

/**
 * Drops prose and vendor extensions (x-*). Property names, examples and enums are data and stay.
 * A response keeps an empty `description`, which OpenAPI requires.
 */
const stripProse = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stripProse);
  if (!isObject(value)) return value;
  const kept: Json = {};
  for (const [key, child] of Object.entries(value)) {
    if (PROSE_KEYS.has(key) || key.startsWith('x-')) continue;
    if (DATA_KEYS.has(key)) kept[key] = child;
    else if (key === 'properties' && isObject(child)) kept[key] = mapValues(child, stripProse);
    else if (key === 'examples' && isObject(child)) kept[key] = mapValues(child, (example) => (isObject(example) ? { value: example.value } : example));
    else if (key === 'responses' && isObject(child)) kept[key] = mapValues(child, (response) => ({ description: '', ...(stripProse(response) as Json) }));
    else kept[key] = stripProse(child);
  }
  return kept;
};

const mapValues = (record: Json, map: (value: unknown) => unknown): Json =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));

// ---------- $ref merging ----------

const COMMON_REF = '../common/common-schemas.json#/components/schemas/';
const LOCAL_REF = '#/components/schemas/';

interface Merge {
  schemas: Json;
  /** (source, name) → merged name */
  names: Map<string, string>;
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Copies one schema (and what it references) into the merged components, renaming on a clash with a different schema. */
const importSchema = (merge: Merge, source: string, sourceSchemas: Json, commonSchemas: Json, name: string, prefix: string): string => {
  const id = `${source}#${name}`;
  const known = merge.names.get(id);
  if (known) return known;
  const schema = sourceSchemas[name];
  if (schema === undefined) throw new Error(`${source}: schema ${name} is referenced but not defined`);
  let mergedName = name;
  if (merge.schemas[mergedName] !== undefined) mergedName = `${prefix}${name}`;
  merge.names.set(id, mergedName);
  merge.schemas[mergedName] = {}; // reserve before recursing (schemas may be recursive)
  const rewritten = rewriteRefs(merge, source, sourceSchemas, commonSchemas, stripProse(schema), prefix);
  // Two services often define the same DTO identically: keep one.
  if (mergedName !== name && sameJson(merge.schemas[name], rewritten)) {
    delete merge.schemas[mergedName];
    merge.names.set(id, name);
    return name;
  }
  merge.schemas[mergedName] = rewritten;
  return mergedName;
};

const rewriteRefs = (merge: Merge, source: string, sourceSchemas: Json, commonSchemas: Json, value: unknown, prefix: string): unknown => {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(merge, source, sourceSchemas, commonSchemas, item, prefix));
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string') {
      if (child.startsWith(COMMON_REF)) {
        out.$ref = LOCAL_REF + importSchema(merge, 'common', commonSchemas, commonSchemas, child.slice(COMMON_REF.length), 'Common');
      } else if (child.startsWith(LOCAL_REF)) {
        out.$ref = LOCAL_REF + importSchema(merge, source, sourceSchemas, commonSchemas, child.slice(LOCAL_REF.length), prefix);
      } else {
        throw new Error(`${source}: unsupported $ref ${child}`);
      }
    } else {
      out[key] = rewriteRefs(merge, source, sourceSchemas, commonSchemas, child, prefix);
    }
  }
  return out;
};

// ---------- spec defects (highlevel-api.md §11), fixed here so the sandbox validates what HighLevel actually serves ----------

type Operation = Json & { parameters?: Json[]; responses?: Json; requestBody?: Json; security?: unknown[]; operationId?: string };

const jsonBody = (schema: Json) => ({ required: true, content: { 'application/json': { schema } } });
const jsonResponse = (schema: Json) => ({ description: '', content: { 'application/json': { schema } } });
const parameterOf = (operation: Operation, name: string, where = 'path') =>
  (operation.parameters ?? []).find((parameter) => parameter.name === name && parameter.in === where);
const LOCATION_ACCESS = [{ 'Location-Access': [] }];

/** Each fix: [method, path, why, change]. */
const FIXES: Array<[Method, string, string, (operation: Operation, schemas: Json) => void]> = [
  [
    'post',
    '/contacts/bulk/tags/update/{type}',
    'path param {type} is not declared (values add | remove); no security declared; operationId "create-association" collides with the associations service',
    (operation) => {
      operation.parameters = [...(operation.parameters ?? []), { name: 'type', in: 'path', required: true, schema: { type: 'string', enum: ['add', 'remove'] } }];
      operation.security = LOCATION_ACCESS;
      operation.operationId = 'bulk-update-contact-tags';
    },
  ],
  ['post', '/contacts/bulk/business', 'no security declared', (operation) => void (operation.security = LOCATION_ACCESS)],
  [
    'post',
    '/contacts/search',
    'SearchBodyV2DTO has no properties and the 200 no schema: fields and the `contacts` key come from the advanced-search doc the spec links to',
    (operation) => {
      operation.requestBody = jsonBody({
        type: 'object',
        required: ['locationId'],
        properties: {
          locationId: { type: 'string' },
          page: { type: 'number', minimum: 1 },
          pageLimit: { type: 'number', minimum: 1, maximum: 500 },
          searchAfter: { type: 'array' },
          query: { type: 'string' },
          filters: { type: 'array', items: { type: 'object' } },
          sort: { type: 'array', items: { type: 'object', required: ['field', 'direction'], properties: { field: { type: 'string' }, direction: { type: 'string', enum: ['asc', 'desc'] } } } },
        },
      });
      operation.responses = { ...operation.responses, 200: jsonResponse({ type: 'object', properties: { contacts: { type: 'array', items: { type: 'object' } }, total: { type: 'number' } } }) };
    },
  ],
  [
    'get',
    '/contacts/search/duplicate',
    'the 200 body is undocumented: HighLevel answers {contact} (null when there is no duplicate)',
    (operation) => {
      operation.responses = { ...operation.responses, 200: jsonResponse({ type: 'object', properties: { contact: { type: 'object', nullable: true } } }) };
    },
  ],
  [
    'put',
    '/calendars/appointments/{appointmentId}/notes/{noteId}',
    'path param {noteId} is not declared',
    (operation) => addPathParameter(operation, 'noteId'),
  ],
  [
    'delete',
    '/calendars/appointments/{appointmentId}/notes/{noteId}',
    'path param {noteId} is not declared',
    (operation) => addPathParameter(operation, 'noteId'),
  ],
  ['put', '/users/{userId}', 'path param {userId} is not declared', (operation) => addPathParameter(operation, 'userId')],
  ['delete', '/users/{userId}', 'path param {userId} is not declared', (operation) => addPathParameter(operation, 'userId')],
  ['get', '/conversations/messages/{id}', 'path param {id} is not declared', (operation) => addPathParameter(operation, 'id')],
  [
    'get',
    '/conversations/messages/email/{id}',
    'path param {id}, the Version header (conversations speak 2021-04-15) and security are not declared',
    (operation) => {
      addPathParameter(operation, 'id');
      if (!parameterOf(operation, 'Version', 'header')) {
        operation.parameters = [...(operation.parameters ?? []), { name: 'Version', in: 'header', required: true, schema: { type: 'string', enum: ['2021-04-15'] } }];
      }
      operation.security = LOCATION_ACCESS;
    },
  ],
  ['put', '/blogs/posts/{postId}', 'path param {postId} is not declared', (operation) => addPathParameter(operation, 'postId')],
  [
    'post',
    '/conversations/messages',
    '`subType` is typed `object` while its example (and the live call in docs/highlevel-in-practice.md) is a string; its required fields stay required',
    (_operation, schemas) => stringTyped(schemas, 'SendMessageBodyDto', ['subType']),
  ],
  [
    'post',
    '/associations/',
    'not in §11: labels and object keys are typed `object` while every example in the same schema (and every answer) is a string',
    (_operation, schemas) => stringTyped(schemas, 'createAssociationReqDto', ['firstObjectLabel', 'firstObjectKey', 'secondObjectLabel', 'secondObjectKey']),
  ],
  [
    'put',
    '/associations/{associationId}',
    'not in §11: labels are typed `object` while their examples are strings',
    (_operation, schemas) => stringTyped(schemas, 'UpdateAssociationReqDto', ['firstObjectLabel', 'secondObjectLabel']),
  ],
  [
    'get',
    '/associations/',
    'the list answer reuses the single-association schema: the items come under `associations`',
    (operation) => wrapList(operation, 'associations'),
  ],
  [
    'get',
    '/associations/relations/{recordId}',
    'the list answer reuses the single-relation schema: the items come under `relations`',
    (operation) => wrapList(operation, 'relations'),
  ],
];

const addPathParameter = (operation: Operation, name: string): void => {
  if (!parameterOf(operation, name)) operation.parameters = [...(operation.parameters ?? []), { name, in: 'path', required: true, schema: { type: 'string' } }];
};

const schemaOfBody = (operation: Operation, schemas: Json): Json | undefined => {
  const content = isObject(operation.requestBody) && isObject(operation.requestBody.content) ? operation.requestBody.content : undefined;
  const schema = content && isObject(content['application/json']) ? (content['application/json'].schema as Json | undefined) : undefined;
  const ref = schema && typeof schema.$ref === 'string' ? schema.$ref.slice(LOCAL_REF.length) : undefined;
  return ref ? (schemas[ref] as Json | undefined) : schema;
};

const stringTyped = (schemas: Json, schemaName: string, names: string[]): void => {
  const properties = (schemas[schemaName] as { properties?: Record<string, Json> } | undefined)?.properties;
  for (const name of names) {
    const property = properties?.[name];
    if (!property || property.type !== 'object' || typeof property.example !== 'string') throw new Error(`${schemaName}.${name}: expected an object-typed string`);
    property.type = 'string';
  }
};

const wrapList = (operation: Operation, key: string): void => {
  const ok = isObject(operation.responses) ? (operation.responses['200'] as Json | undefined) : undefined;
  const content = ok && isObject(ok.content) ? (ok.content['application/json'] as Json | undefined) : undefined;
  const item = content?.schema as Json | undefined;
  if (!item) throw new Error(`no 200 schema to wrap under ${key}`);
  content!.schema = { type: 'object', properties: { [key]: { type: 'array', items: item }, total: { type: 'number' } } };
};

/** Every `{name}` in the path is declared, and no declared path param is missing from the path. */
const checkPathParameters = (route: string, operation: Operation): void => {
  const inPath = [...route.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  const declared = (operation.parameters ?? []).filter((parameter) => parameter.in === 'path').map((parameter) => String(parameter.name));
  for (const name of inPath) if (!declared.includes(name!)) throw new Error(`${route}: path param {${name}} is not declared and has no fix`);
  // Params declared but absent from the path would be required yet never sent: drop them.
  operation.parameters = (operation.parameters ?? []).filter((parameter) => parameter.in !== 'path' || inPath.includes(String(parameter.name)));
};

// ---------- constructs the source files use that OpenAPI 3.0 does not allow (openapi-backend refuses the document) ----------

/** One schema made valid for OpenAPI 3.0, recursively. */
const fixSchema = (value: unknown): unknown => {
  if (!isObject(value)) return value;
  // 3.0 ignores siblings of $ref (`{type: object, $ref}`): keep the reference.
  if (typeof value.$ref === 'string') return { $ref: value.$ref };
  const schema: Json = { ...value };
  // `examples: [...]` is 3.1; 3.0 has one `example`.
  if (Array.isArray(schema.examples)) {
    if (schema.example === undefined) schema.example = schema.examples[0];
    delete schema.examples;
  }
  delete schema.schema; // a parameter's `schema` pasted inside a property (blog post status)
  // `nullable` without a `type` (invoices, objects): ajv refuses it; without a type any value is allowed anyway.
  if (schema.nullable !== undefined && schema.type === undefined) delete schema.nullable;
  if (schema.type === 'any') delete schema.type; // not a JSON type: any value
  if (isObject(schema.properties)) schema.properties = mapValues(schema.properties, fixSchema);
  for (const key of ['items', 'additionalProperties', 'not']) if (isObject(schema[key])) schema[key] = fixSchema(schema[key]);
  for (const key of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(schema[key])) schema[key] = (schema[key] as unknown[]).map(fixSchema);
  return schema;
};

const fixContent = (holder: unknown): void => {
  if (!isObject(holder) || !isObject(holder.content)) return;
  for (const media of Object.values(holder.content)) if (isObject(media) && media.schema) media.schema = fixSchema(media.schema);
};

const fixOperation = (operation: Operation): void => {
  operation.parameters = (operation.parameters ?? []).map((parameter) => {
    const { anyOf, ...rest } = parameter;
    // A parameter-level `anyOf` (conversations search startAfterDate) belongs in its schema.
    const schema = Array.isArray(anyOf) ? { anyOf } : rest.schema;
    return { ...rest, schema: fixSchema(schema) };
  });
  fixContent(operation.requestBody);
  for (const response of Object.values(operation.responses ?? {})) fixContent(response);
};

// ---------- build ----------

export const extractSpec = (): Json => {
  const appsDir = path.join(SPEC_SOURCE, 'apps');
  const commonSchemas = (readJson(path.join(SPEC_SOURCE, 'common/common-schemas.json')).components as Json).schemas as Json;
  const services = readdirSync(appsDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, spec: readJson(path.join(appsDir, file)) }));

  const wanted = [...catalogRoutes(), ...extensionRoutes(), ...EXTRA_ROUTES];
  const merge: Merge = { schemas: {}, names: new Map() };
  const paths: Record<string, Record<string, Operation>> = {};
  const securitySchemes: Json = {};
  const seen = new Set<string>();

  for (const route of wanted) {
    const key = `${route.method} ${routeShape(route.path)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const found = services.flatMap(({ file, spec }) =>
      Object.entries(spec.paths as Json)
        .filter(([template, item]) => routeShape(template) === routeShape(route.path) && isObject(item) && isObject(item[route.method]))
        .map(([template, item]) => ({ file, spec, template, operation: (item as Json)[route.method] as Operation })),
    );
    if (found.length !== 1) throw new Error(`${key}: found in ${found.length} spec files`);
    const { file, spec, template, operation } = found[0]!;
    const prefix = file.replace(/\.json$/, '').replace(/(^|-)(\w)/g, (_all, _dash, letter: string) => letter.toUpperCase());
    const components = spec.components as Json;
    Object.assign(securitySchemes, stripProse(components.securitySchemes));
    const copied = rewriteRefs(merge, file, (components.schemas ?? {}) as Json, commonSchemas, stripProse(operation), prefix) as Operation;
    (paths[template] ??= {})[route.method] = copied;
  }

  for (const [method, route, , fix] of FIXES) {
    const operation = paths[route]?.[method];
    if (!operation) throw new Error(`fix for ${method} ${route}: the route is not in the extract`);
    fix(operation, merge.schemas);
  }

  for (const name of Object.keys(merge.schemas)) merge.schemas[name] = fixSchema(merge.schemas[name]);
  const operationIds = new Set<string>();
  for (const [route, item] of Object.entries(paths)) {
    for (const operation of Object.values(item)) {
      fixOperation(operation);
      checkPathParameters(route, operation);
      if (!operation.operationId || operationIds.has(operation.operationId)) throw new Error(`${route}: missing or duplicate operationId ${operation.operationId}`);
      operationIds.add(operation.operationId);
    }
  }

  return {
    openapi: '3.0.0',
    info: { title: 'HighLevel API v2 (the part this app uses)', version: '2.0.0' },
    servers: [{ url: 'https://services.leadconnectorhq.com' }],
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: { securitySchemes, schemas: Object.fromEntries(Object.entries(merge.schemas).sort(([a], [b]) => a.localeCompare(b))) },
  };
};

if (require.main === module) {
  const spec = extractSpec();
  mkdirSync(path.dirname(SPEC_OUTPUT), { recursive: true });
  writeFileSync(SPEC_OUTPUT, `${JSON.stringify(spec, null, 1)}\n`);
  const operations = Object.values(spec.paths as Json).reduce<number>((count, item) => count + Object.keys(item as Json).length, 0);
  console.log(`${path.relative(ROOT, SPEC_OUTPUT)}: ${operations} operations, ${Object.keys((spec.components as Json).schemas as Json).length} schemas`);
}
