import http from 'node:http';
import { DEMO } from '../sandbox/demo';
import { closeServer, listen } from './httpTarget';
import { NAME_LOOKUP_PATHS } from '../src/fields/names';

/**
 * A sub-account with N generated contacts behind POST /contacts/search, answering pages the way HighLevel does:
 * `{contacts, total}`, `page`/`pageLimit` (at most 500 a page, 10,000 records reachable by page) or a
 * `searchAfter` cursor, `sort`, `filters` (tags, assignedTo) and `query`. Runs in the benchmark's parent
 * process, so the app's own CPU (measured in a child) excludes the server's.
 */

type Contact = Record<string, unknown> & { id: string; dateAdded: string; tags: string[]; searchAfter: [number, string] };

const MAX_PAGE_LIMIT = 500;
const MAX_PAGED_RECORDS = 10_000;
const NEWEST = Date.UTC(2026, 0, 1);
const FIRST_NAMES = ['Alex', 'Sam', 'Jordan', 'Taylor', 'Morgan', 'Casey', 'Riley', 'Jamie'];
const LAST_NAMES = ['Rivera', 'Chen', 'Okafor', 'Novak', 'Haddad', 'Silva', 'Kowalski', 'Ito'];

/** Contact i was added i minutes before the newest, so the store is born sorted newest first. */
const contactNumber = (index: number): Contact => {
  const id = `BenchContact${String(index).padStart(8, '0')}`;
  const added = NEWEST - index * 60_000;
  const firstName = FIRST_NAMES[index % FIRST_NAMES.length] as string;
  const lastName = LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length] as string;
  return {
    id,
    locationId: DEMO.locationId,
    firstName,
    lastName,
    contactName: `${firstName} ${lastName}`.toLowerCase(),
    email: `${firstName}.${lastName}.${index}@example.com`.toLowerCase(),
    phone: `+1555${String(index).padStart(7, '0')}`,
    companyName: `Company ${index % 97}`,
    type: 'lead',
    source: 'benchmark',
    assignedTo: index % 3 === 0 ? DEMO.userId : DEMO.secondUserId,
    tags: index % 10 === 0 ? ['vip'] : [],
    dateAdded: new Date(added).toISOString(),
    dateUpdated: new Date(added).toISOString(),
    customFields: [{ id: DEMO.customFieldId, value: index % 2 ? 'teal' : 'amber' }],
    searchAfter: [added, id],
  };
};

interface SearchBody {
  locationId?: string;
  page?: number;
  pageLimit?: number;
  searchAfter?: [number, string];
  sort?: Array<{ field?: string; direction?: string }>;
  filters?: Array<{ field?: string; operator?: string; value?: unknown }>;
  query?: string;
}

const failure = (statusCode: number, message: string | string[]) => ({ status: statusCode, body: { statusCode, message } });

const search = (store: Contact[], body: SearchBody): { status: number; body: unknown } => {
  if (body.locationId !== DEMO.locationId) return failure(422, ['locationId must be the sub-account of the token']);
  const pageLimit = body.pageLimit ?? 20;
  if (!Number.isInteger(pageLimit) || pageLimit < 1 || pageLimit > MAX_PAGE_LIMIT) return failure(422, [`pageLimit must not be greater than ${MAX_PAGE_LIMIT}`]);
  if (body.page !== undefined && body.searchAfter !== undefined) return failure(422, ['page and searchAfter cannot be used together']);
  const page = body.page ?? 1;
  if (body.searchAfter === undefined && page * pageLimit > MAX_PAGED_RECORDS) return failure(400, `Use searchAfter to read beyond ${MAX_PAGED_RECORDS} records`);

  let matching = store;
  for (const filter of body.filters ?? []) {
    if (filter.field === 'tags') matching = matching.filter((contact) => contact.tags.includes(String(filter.value)));
    else if (filter.field === 'assignedTo') matching = matching.filter((contact) => contact.assignedTo === filter.value);
    else return failure(422, [`filter on ${String(filter.field)} is not supported by this benchmark server`]);
  }
  const query = body.query?.toLowerCase();
  if (query) matching = matching.filter((contact) => `${contact.contactName} ${contact.email} ${contact.phone}`.includes(query));
  const [sort] = body.sort ?? [];
  if (sort && sort.field !== 'dateAdded') return failure(422, [`sort on ${String(sort.field)} is not supported by this benchmark server`]);
  // The store is newest first; ascending reads it from the end.
  const ordered = sort?.direction === 'asc' ? [...matching].reverse() : matching;

  let start = (page - 1) * pageLimit;
  if (body.searchAfter) {
    const [time, id] = body.searchAfter;
    const after = ordered.findIndex((contact) => contact.searchAfter[0] === time && contact.id === id);
    start = after + 1;
  }
  return { status: 200, body: { contacts: ordered.slice(start, start + pageLimit), total: matching.length } };
};

export interface ContactServer {
  url: string;
  size: number;
  /** Requests answered so far (every one, whatever its route or status). */
  requests: () => number;
  /** Of those, the name lookup lists (names beside ids, cached 300 s: not a per-poll cost). */
  nameLookups: () => number;
  close: () => Promise<void>;
}

export const startContactServer = async (size: number): Promise<ContactServer> => {
  const store = Array.from({ length: size }, (_, index) => contactNumber(index));
  let requests = 0;
  let lookups = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests += 1;
      const answer = (status: number, body: unknown) => {
        response.writeHead(status, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      if (NAME_LOOKUP_PATHS.has(path)) lookups += 1;
      if (!/^Bearer \S+/.test(request.headers.authorization ?? '')) return answer(401, { statusCode: 401, message: 'Invalid JWT' });
      if (request.headers.version !== '2021-07-28') return answer(400, { statusCode: 400, message: 'Version header is missing or wrong' });
      if (request.method !== 'POST' || path !== '/contacts/search') return answer(404, { statusCode: 404, message: `Cannot ${request.method} ${path}` });
      let body: SearchBody;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as SearchBody;
      } catch {
        return answer(400, { statusCode: 400, message: 'Body is not JSON' });
      }
      const result = search(store, body);
      return answer(result.status, result.body);
    });
  });
  const url = await listen(server);
  return { url, size, requests: () => requests, nameLookups: () => lookups, close: () => closeServer(server) };
};
