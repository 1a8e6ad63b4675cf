/**
 * Which store collection a spec route works on, read from the route template:
 * `/contacts/{contactId}` → `contacts` record `contactId`; `/contacts/{contactId}/tasks/{taskId}` → `tasks` under a contact;
 * `/opportunities/{id}/status` → the verb `status` on one opportunity; `/calendars/resources/{resourceType}` → `resources`
 * filtered by `resourceType`.
 */

export interface Resource {
  collection: string;
  /** The path param holding the record id. */
  idParam?: string;
  /** The parent record a nested collection belongs to: its path param, and the field that links child to parent. */
  parent?: { collection: string; param: string; field: string };
  /** A trailing action on the record or collection (`status`, `tags`, `search`, `upsert` …). */
  verb?: string;
  /** Path params that select records by a field of the same name rather than by id. */
  filterParams: string[];
}

/** Path words whose records live in a collection of another name. */
const COLLECTION_ALIASES: Record<string, string> = {
  appointments: 'events',
  'block-slots': 'blockSlots',
  'blocked-slots': 'blockSlots',
  'lost-reason': 'lostReasons',
  site: 'sites',
  email: 'emails',
  workflow: 'workflows',
  'live-chat': 'typing',
};

/** Path words that act on a record or a collection instead of naming one. */
const VERBS = new Set([
  'search', 'all', 'upsert', 'status', 'completed', 'duplicate', 'validate-slug', 'url-slug-exists', 'free-slots', 'removeAll',
  'filter-by-email', 'tags', 'followers', 'business', 'typing', 'transcription', 'download', 'recording', 'update', 'bulk',
]);

const isIdParam = (name: string): boolean => /(^id$|Id$)/.test(name);

const singular = (word: string): string => word.replace(/ies$/, 'y').replace(/s$/, '');

export const inferResource = (template: string): Resource => {
  let current: { collection?: string; idParam?: string } = {};
  let parent: Resource['parent'];
  let verb: string | undefined;
  const filterParams: string[] = [];
  for (const segment of template.split('/').filter(Boolean)) {
    const param = /^\{(.+)\}$/.exec(segment)?.[1];
    if (param) {
      if (verb || current.idParam || !isIdParam(param)) filterParams.push(param);
      else current.idParam = param;
    } else if (VERBS.has(segment) && current.collection) {
      verb = segment;
    } else if (current.idParam && current.collection) {
      const field = current.idParam === 'id' ? `${singular(current.collection)}Id` : current.idParam;
      parent = { collection: current.collection, param: current.idParam, field };
      current = { collection: COLLECTION_ALIASES[segment] ?? segment };
    } else {
      current.collection = COLLECTION_ALIASES[segment] ?? segment;
    }
  }
  // A filter param that is really the record id (`/calendars/resources/{resourceType}/{id}`).
  const idAfterFilter = filterParams.indexOf('id');
  if (idAfterFilter >= 0 && !current.idParam && !verb) {
    filterParams.splice(idAfterFilter, 1);
    current.idParam = 'id';
  }
  return { collection: current.collection ?? '', idParam: current.idParam, parent, verb, filterParams };
};
