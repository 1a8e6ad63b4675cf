import type { Answer, ErrorDetails, OperationCase, Outcome, SeenRequest } from './support';
import { operationCases } from '../../sandbox/operationInputs';
import {
  answerSpecRequests,
  catalogEntryOf,
  everyOperation,
  expectReadableError,
  Figures,
  isOwnEndpoint,
  isWatchTrigger,
  ownEndpointOf,
  PRELIMINARY_READS,
  preliminaryReadOf,
  runCase,
  SPEC_ROUTES,
} from './support';

/**
 * Issue 8 (part A): every operation survives HighLevel's failures. Each scenario answers every request of every
 * operation the same way (the first request fails) and checks what the user would see: the error's class, `code`,
 * status and words. Each request must be one of HighLevel's real endpoints with the body keys its spec allows
 * (`answerSpecRequests`), and the failure must come from the operation's own endpoint (catalog method and path),
 * or from the read it needs first.
 */

const figures = new Figures('Failures: operations run and passing per scenario');
afterAll(() => figures.print());

const HTML_PAGE = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>cloudflare</body></html>';
const TRUNCATED = '{"contact": {"id": "abc"';

const html = (status: number, body = HTML_PAGE): Answer => ({ status, body, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
const json = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Answer => ({ status, body, headers });
const truncated = (status: number): Answer => ({ status, body: TRUNCATED, headers: { 'Content-Type': 'application/json; charset=utf-8' } });

/** The `code` of each failure (src/http/errors.ts): what a Zap's error handling and our 404 handling rely on. */
const CODE_OF_STATUS: Record<number, string> = { 400: 'BadRequest', 403: 'Forbidden', 404: 'NotFound', 422: 'InvalidData', 500: 'ServerError', 502: 'ServerError', 503: 'ServerError' };

/** Checks the readable error carries HighLevel's own words, the status and its code, and returns it for more checks. */
const saysHighLevel = (outcome: Outcome, status: number, words?: string): ErrorDetails => {
  const details = expectReadableError(outcome);
  expect(details.status).toBe(status);
  expect(details.code).toBe(CODE_OF_STATUS[status]);
  expect(details.text).toContain(String(status));
  if (words) expect(details.text).toContain(words);
  return details;
};

/**
 * A lookup's 404 means "not found": searches and single-record watch triggers find nothing. Two catalog "watch"
 * triggers read lists instead (a calendar's free slots, the agency users matching emails): a 404 there means the
 * calendar or route is gone, which the user must see.
 */
const READS_A_LIST = new Set(['get_free_slots', 'find_users_by_email']);
const isLookupThatFindsNothing = (entry: OperationCase) => entry.kind === 'searches' || (isWatchTrigger(entry) && !READS_A_LIST.has(entry.key));

/**
 * Known defects (scenario → operations) run with it.failing, so the table stays green and flags each fix; the
 * entries found when the table was written (raw file responses, empty 2xx bodies) are fixed. Add new ones here.
 */
/**
 * Deletes may answer nothing (204, or 200 with no body), and an empty message file means "no file yet" (the file
 * triggers wait for it); every other HighLevel route answers JSON.
 */
const FILE_TRIGGERS = new Set(['get_message_recording', 'download_message_transcription']);
const expectsData = (entry: OperationCase) => catalogEntryOf(entry.key)?.method !== 'DELETE' && !FILE_TRIGGERS.has(entry.key);
const KNOWN_DEFECTS: Record<string, string[]> = {};

/**
 * The failure was HighLevel's answer at the operation's own endpoint, or at the one read it needs first
 * (`PRELIMINARY_READS`: that read's method and spec path, nothing else).
 */
const failedAtOwnEndpoint = (entry: OperationCase, seen: SeenRequest[]): boolean => {
  if (!ownEndpointOf(entry.key)) return true; // hidden dropdowns: no catalog endpoint; the spec check still applies
  const first = seen[0];
  return Boolean(first) && (isOwnEndpoint(entry.key, first!) || preliminaryReadOf(entry.key, first!) !== undefined);
};

interface Scenario {
  name: string;
  answer: Answer;
  expectation: (entry: OperationCase, outcome: Outcome) => void;
}

const SCENARIOS: Scenario[] = [
  {
    name: '429 with Retry-After',
    answer: json(429, { statusCode: 429, message: 'Too Many Requests' }, { 'Retry-After': '7' }),
    expectation: (_entry, outcome) => {
      expect(expectReadableError(outcome)).toMatchObject({ name: 'ThrottledError', delay: 7 });
    },
  },
  {
    name: "429 with HighLevel's rate-limit window only",
    answer: json(429, { statusCode: 429, message: 'Too Many Requests' }, { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Max': '100', 'X-RateLimit-Interval-Milliseconds': '30000' }),
    expectation: (_entry, outcome) => {
      expect(expectReadableError(outcome)).toMatchObject({ name: 'ThrottledError', delay: 30 });
    },
  },
  {
    name: '429 with the daily limit used up',
    answer: json(429, { statusCode: 429, message: 'Too Many Requests' }, { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Daily-Remaining': '0', 'X-RateLimit-Limit-Daily': '200000', 'X-RateLimit-Interval-Milliseconds': '10000' }),
    expectation: (_entry, outcome) => {
      expect(expectReadableError(outcome)).toMatchObject({ name: 'ThrottledError', delay: 3600 });
    },
  },
  {
    name: '400 Bad Request',
    answer: json(400, { statusCode: 400, message: 'Bad Request' }),
    expectation: (_entry, outcome) => saysHighLevel(outcome, 400, 'Bad Request'),
  },
  {
    name: '403 no access to the location',
    answer: json(403, { message: 'The token does not have access to this location.', statusCode: 403 }),
    expectation: (_entry, outcome) => saysHighLevel(outcome, 403, 'The token does not have access to this location.'),
  },
  {
    name: '404 not found',
    answer: json(404, { statusCode: 404, message: 'Contact not found' }),
    expectation: (entry, outcome) => {
      if (isLookupThatFindsNothing(entry)) {
        expect(outcome.error).toBeUndefined();
        expect(outcome.result).toEqual([]);
        return;
      }
      const details = expectReadableError(outcome);
      expect(details.status).toBe(404);
      expect(details.code).toBe('NotFound');
      // Creates may replace HighLevel's words with their own ("HighLevel found no message …"): still a not-found message.
      expect(details.text).toMatch(/not found|could not find|found no|no longer exist|does not exist/i);
    },
  },
  {
    name: '422 validation messages',
    answer: json(422, { statusCode: 422, message: ['email must be an email', 'phone must be a valid phone number'], error: 'Unprocessable Entity' }),
    expectation: (_entry, outcome) => {
      const details = saysHighLevel(outcome, 422, 'email must be an email');
      expect(details.text).toContain('phone must be a valid phone number');
    },
  },
  {
    name: '500 JSON',
    answer: json(500, { statusCode: 500, message: 'Internal server error', traceId: 'trace-500' }),
    expectation: (_entry, outcome) => saysHighLevel(outcome, 500, 'Internal server error'),
  },
  { name: '502 HTML page', answer: html(502), expectation: (_entry, outcome) => saysHighLevel(outcome, 502, 'web page') },
  { name: '503 HTML page', answer: html(503, '<html><body>Service Unavailable</body></html>'), expectation: (_entry, outcome) => saysHighLevel(outcome, 503, 'web page') },
  { name: '503 empty body', answer: { status: 503 }, expectation: (_entry, outcome) => saysHighLevel(outcome, 503) },
  { name: '500 truncated JSON', answer: truncated(500), expectation: (_entry, outcome) => saysHighLevel(outcome, 500, 'incomplete') },
  { name: '400 truncated JSON', answer: truncated(400), expectation: (_entry, outcome) => saysHighLevel(outcome, 400, 'incomplete') },
  {
    name: '200 HTML page',
    answer: html(200, '<html><body>Down for maintenance</body></html>'),
    expectation: (_entry, outcome) => {
      expect(expectReadableError(outcome)).toMatchObject({ code: 'InvalidResponse', status: 200 });
    },
  },
  {
    name: '200 truncated JSON',
    answer: truncated(200),
    expectation: (_entry, outcome) => {
      expect(expectReadableError(outcome)).toMatchObject({ code: 'InvalidResponse', status: 200 });
    },
  },
  {
    name: '200 empty body',
    answer: { status: 200 },
    // A delete may answer nothing; every other operation expected data, so an empty answer is a readable error.
    expectation: (entry, outcome) => {
      if (expectsData(entry)) expect(expectReadableError(outcome)).toMatchObject({ code: 'InvalidResponse', status: 200 });
      else expect(outcome.error).toBeUndefined();
    },
  },
];

describe('preliminary reads', () => {
  // Each read an operation may send before its own endpoint is one of HighLevel's endpoints, and another than its own.
  it.each(Object.entries(PRELIMINARY_READS))('%s: its read is an endpoint of the spec', (key, read) => {
    expect(SPEC_ROUTES.filter((route) => route.method === read.method && route.template === read.path)).toHaveLength(1);
    expect(operationCases.some((entry) => entry.key === key)).toBe(true);
    const own = ownEndpointOf(key);
    expect(own && `${own.method} ${own.path}`).not.toBe(`${read.method} ${read.path}`);
    expect(read.why.trim()).not.toBe('');
  });
});

describe.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('HighLevel answers %s', (name, scenario) => {
  const known = new Set(KNOWN_DEFECTS[name] ?? []);
  const check = async (entry: OperationCase) => {
    const seen = answerSpecRequests(() => scenario.answer);
    const outcome = await runCase(entry);
    expect(seen.length).toBeGreaterThan(0); // the failure came from HighLevel, not from the input
    expect(seen.problems).toEqual([]);
    expect(failedAtOwnEndpoint(entry, seen)).toBe(true);
    scenario.expectation(entry, outcome);
  };
  it.each(everyOperation.filter(([key]) => !known.has(key)))('%s', async (_key, entry) => {
    await figures.check(name, () => check(entry));
  });
  if (known.size) {
    figures.note(name, `known defect: ${known.size > 5 ? `${known.size} operations` : [...known].join(', ')}`);
    it.failing.each(everyOperation.filter(([key]) => known.has(key)))('%s (known defect)', async (_key, entry) => check(entry));
  }
});

/** "A handful": an operation may look up custom fields or read before it writes, never page through everything. */
const MAX_REQUESTS_PER_RUN = 3;

describe('requests per run', () => {
  const counts: Array<[string, number]> = [];
  afterAll(() => {
    const max = Math.max(...counts.map(([, count]) => count));
    const busiest = counts.filter(([, count]) => count === max).map(([key]) => key);
    figures.note('requests per run', `max ${max} (${busiest.length > 5 ? `${busiest.length} operations` : busiest.join(', ')})`);
  });

  it.each(everyOperation)('%s sends at most a handful of requests', async (key, entry) => {
    await figures.check('requests per run', async () => {
      // Every request answered with an empty record, except an operation's preliminary read where that would end the run
      // before its own endpoint: that read gets a minimal answer of its documented shape.
      const seen = answerSpecRequests((request) => ({ status: 200, body: preliminaryReadOf(key, request)?.answer ?? {} }));
      const outcome = await runCase(entry);
      expect(seen.problems).toEqual([]);
      // Before its own endpoint, an operation sends only the read it needs first (none for most).
      const own = seen.findIndex((request) => isOwnEndpoint(key, request));
      if (ownEndpointOf(key)) {
        const before = own === -1 ? seen : seen.slice(0, own);
        expect(before.filter((request) => !preliminaryReadOf(key, request)).map((request) => `${request.method} ${request.path}`)).toEqual([]);
      }
      // An empty answer may stop an operation that reads before it writes: it still counts, with a readable reason.
      if (outcome.error) {
        expectReadableError(outcome);
        figures.note('requests per run', `${key} stopped after ${seen.length} on an empty answer`);
      }
      else if (ownEndpointOf(key)) expect(seen.filter((request) => isOwnEndpoint(key, request)).map((request) => request.method)).toEqual([ownEndpointOf(key)!.method]);
      counts.push([key, seen.length]);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.length).toBeLessThanOrEqual(MAX_REQUESTS_PER_RUN);
    });
  });

  // HighLevel allows 100 requests per 10 s per sub-account: a bulk action sends one bulk request, however long its list.
  const BULK = everyOperation.filter(([key]) => key.startsWith('bulk_'));
  it.each(BULK)('%s sends one request for a long list', async (_key, entry) => {
    await figures.check('bulk with long lists', async () => {
      const seen = answerSpecRequests(() => ({ status: 200, body: { succeded: true } }));
      const many = Array.from({ length: 250 }, (_, index) => `DemoContact${String(index).padStart(9, '0')}`);
      const longLists = Object.fromEntries(Object.entries(entry.inputData).map(([field, value]) => [field, Array.isArray(value) ? many : value]));
      const outcome = await runCase(entry, { inputData: longLists });
      expect(outcome.error).toBeUndefined();
      expect(seen).toHaveLength(1);
      expect(seen.problems).toEqual([]);
      expect(isOwnEndpoint(entry.key, seen[0]!)).toBe(true);
      expect(seen[0]!.body).toContain(many[249]);
    });
  });
});
