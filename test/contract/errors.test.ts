import { errorForResponse, highLevelMessage, isNotFound, scrubSecrets, throttleDelaySeconds, unlessNotFound } from '../../src/http/errors';

/**
 * The contract of the error mapping (src/http/errors.ts), status by status: the z.errors class, the `code` a Zap's
 * error handling (and our own 404 handling) relies on, the status, and the words shown. Aimed at behaviour, so it
 * holds whatever the mapping's internals become.
 */

const headers =
  (values: Record<string, string> = {}) =>
  (name: string): string | null =>
    values[name.toLowerCase()] ?? null;

/** name, code, status, message and delay of a z.errors error (AppError and ThrottledError carry a JSON message). */
const partsOf = (error: Error) => {
  const parsed = JSON.parse(error.message) as { message: string; code?: string; status?: number; delay?: number };
  return { name: error.name, ...parsed };
};

const failed = (status: number, body?: unknown, values: Record<string, string> = {}) =>
  partsOf(
    errorForResponse({
      status,
      content: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      contentType: typeof body === 'string' ? 'text/plain' : 'application/json',
      header: headers(values),
    }),
  );

describe('errorForResponse: the code of each status', () => {
  it.each([
    [400, 'BadRequest', 'HighLevel rejected the request (HTTP 400): Bad Request.'],
    [409, 'BadRequest', 'HighLevel rejected the request (HTTP 409): Bad Request.'],
    [422, 'InvalidData', 'HighLevel rejected the request (HTTP 422): Bad Request.'],
    [404, 'NotFound', 'HighLevel could not find it (HTTP 404): Bad Request.'],
    [401, 'Unauthorized', 'HighLevel did not accept the connection for this step (HTTP 401): Bad Request. Reconnect HighLevel in Zapier if this keeps happening.'],
  ])('HTTP %i → %s', (status, code, message) => {
    expect(failed(status, { statusCode: status, message: 'Bad Request' })).toEqual({ name: 'AppError', code, status, message });
  });

  it.each([
    [404, { message: 'Contact not found.' }, 'HighLevel could not find it (HTTP 404): Contact not found.'],
    [422, { message: 'Invalid email!' }, 'HighLevel rejected the request (HTTP 422): Invalid email!'],
    [400, {}, 'HighLevel rejected the request (HTTP 400).'],
    [503, { message: 'Unavailable.' }, "HighLevel failed to answer (HTTP 503): Unavailable. This is on HighLevel's side and usually temporary: the step can be retried."],
  ])('HTTP %i: one full stop ends HighLevel\'s words, its own or ours', (status, body, message) => {
    expect(failed(status, body).message).toBe(message);
  });

  it('HTTP 403 → Forbidden, naming the scope or sub-account access', () => {
    const parts = failed(403, { message: 'The token does not have access to this location.' });
    expect(parts).toMatchObject({ name: 'AppError', code: 'Forbidden', status: 403 });
    // HighLevel's own full stop ends the sentence: never doubled by ours.
    expect(parts.message).toMatch(/^HighLevel denied access \(HTTP 403\): The token does not have access to this location\. The connection lacks a permission \(scope\)/);
  });

  it.each([500, 502, 503, 599])('HTTP %i → ServerError, retryable', (status) => {
    const parts = failed(status, { message: 'Internal server error' });
    expect(parts).toMatchObject({ name: 'AppError', code: 'ServerError', status });
    expect(parts.message).toBe(`HighLevel failed to answer (HTTP ${status}): Internal server error. This is on HighLevel's side and usually temporary: the step can be retried.`);
  });

  it('HTTP 499 is still a rejected request, not a server error', () => {
    expect(failed(499, { message: 'Client closed' })).toMatchObject({ code: 'BadRequest', status: 499 });
  });

  it('says nothing after the status when HighLevel said nothing', () => {
    expect(failed(404).message).toBe('HighLevel could not find it (HTTP 404).');
    expect(failed(422, {}).message).toBe('HighLevel rejected the request (HTTP 422).');
  });
});

describe('errorForResponse: the kinds of 401', () => {
  /** A 401 answer as the error it becomes: RefreshAuthError carries plain words, AppError its JSON. */
  const unauthorized = (body?: unknown) => {
    const error = errorForResponse({ status: 401, content: body === undefined ? undefined : JSON.stringify(body), contentType: 'application/json', header: headers() });
    return error.name === 'RefreshAuthError' ? { name: error.name, message: error.message } : partsOf(error);
  };
  const refresh = (said: string) =>
    `HighLevel's access token expired or is no longer valid (HTTP 401${said}). Zapier renews it and retries; when testing locally, run \`zapier-platform invoke auth refresh\` and try again.`;

  it('a missing scope → MissingScope, saying to reconnect and approve every permission', () => {
    expect(unauthorized({ statusCode: 401, message: 'The token is not authorized for this scope.' })).toEqual({
      name: 'AppError',
      code: 'MissingScope',
      status: 401,
      message:
        'HighLevel refused this step (HTTP 401): The token is not authorized for this scope. The connection lacks a permission (scope) this step needs. Reconnect HighLevel in Zapier and approve every permission the app asks for; if the app is installed for the agency, the agency admin must approve them.',
    });
  });

  it('the wrong kind of token → WrongConnectionType, saying which connection each step needs', () => {
    expect(unauthorized({ statusCode: 401, message: 'This authClass type is not allowed to access this scope' })).toEqual({
      name: 'AppError',
      code: 'WrongConnectionType',
      status: 401,
      message:
        'HighLevel refused this step (HTTP 401): This authClass type is not allowed to access this scope. This step needs the other kind of HighLevel connection: agency-only steps need an Agency connection, every other step a sub-account (or an Agency connection with a Sub-account chosen). Choose or add the right connection in this step.',
    });
  });

  it('an expired token → RefreshAuthError quoting HighLevel, or only the status when it said nothing', () => {
    expect(unauthorized({ message: 'Invalid JWT' })).toEqual({ name: 'RefreshAuthError', message: refresh(': Invalid JWT') });
    expect(unauthorized()).toEqual({ name: 'RefreshAuthError', message: refresh('') });
  });

  it('a bare "Unauthorized" with a trace id is still an expired token: the trace id is set aside', () => {
    expect(unauthorized({ message: 'Unauthorized', traceId: 'tr-1' })).toEqual({ name: 'RefreshAuthError', message: refresh(': Unauthorized (HighLevel trace id tr-1)') });
  });

  it('only the trace id at the end is set aside: words merely looking like one are judged whole', () => {
    expect(unauthorized({ message: 'Token (HighLevel trace id x) expired' })).toMatchObject({ name: 'AppError', code: 'Unauthorized', status: 401 });
  });
});

describe('errorForResponse: our full stop', () => {
  it('is added after words whose only full stop is inside them', () => {
    expect(failed(400, { message: 'Version 2.0 is not supported' }).message).toBe('HighLevel rejected the request (HTTP 400): Version 2.0 is not supported.');
  });
});

describe('throttleDelaySeconds: the wait after a 429', () => {
  it.each<[string, Record<string, string>, number]>([
    ['Retry-After wins', { 'retry-after': '7', 'x-ratelimit-interval-milliseconds': '30000' }, 7],
    ['the burst window when Retry-After is missing', { 'x-ratelimit-remaining': '0', 'x-ratelimit-interval-milliseconds': '10000' }, 10],
    ['a window rounded up to whole seconds', { 'x-ratelimit-interval-milliseconds': '1500' }, 2],
    ['an hour when the daily limit is used up', { 'x-ratelimit-remaining': '0', 'x-ratelimit-daily-remaining': '0', 'x-ratelimit-interval-milliseconds': '10000' }, 3600],
    ['an hour when the daily limit is used up, window unknown', { 'x-ratelimit-remaining': '0', 'x-ratelimit-daily-remaining': '0' }, 3600],
    ['the daily limit only counts with the burst limit reached', { 'x-ratelimit-daily-remaining': '0' }, 10],
    ['a daily limit not yet used up keeps the window', { 'x-ratelimit-remaining': '0', 'x-ratelimit-daily-remaining': '1', 'x-ratelimit-interval-milliseconds': '10000' }, 10],
    ['Retry-After 0 is no answer: the window', { 'retry-after': '0', 'x-ratelimit-interval-milliseconds': '20000' }, 20],
    ['an unreadable Retry-After: the window', { 'retry-after': 'soon', 'x-ratelimit-interval-milliseconds': '20000' }, 20],
    ['a window of 0 ms: the default', { 'x-ratelimit-remaining': '0', 'x-ratelimit-interval-milliseconds': '0' }, 10],
    ['nothing to go on: 10 s', {}, 10],
  ])('%s', (_name, values, seconds) => {
    expect(throttleDelaySeconds(headers(values))).toBe(seconds);
  });

  it('a 429 becomes a ThrottledError with that delay', () => {
    expect(failed(429, { message: 'Too Many Requests' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-daily-remaining': '0' })).toEqual({
      name: 'ThrottledError',
      message: "HighLevel's rate limit was reached (HTTP 429); Zapier will retry in 3600 s.",
      delay: 3600,
    });
  });
});

describe("highLevelMessage: HighLevel's words in one line", () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['{"message":"Contact not found"}', 'application/json', 'Contact not found'],
    ['{"message":["email must be an email","phone must be a valid phone number"]}', 'application/json', 'email must be an email; phone must be a valid phone number'],
    ['{"message":"  ","error":"Unprocessable Entity"}', 'application/json', 'Unprocessable Entity'],
    ['{"detail":"Bad slot"}', 'application/json', 'Bad slot'],
    ['{"msg":"Invalid token"}', 'application/json', 'Invalid token'],
    ['{"error":{"message":"nested words"}}', 'application/json', 'nested words'],
    ['{"error":{"msg":"nested msg"}}', 'application/json', 'nested msg'],
    ['{"message":[{"message":"first"},{"msg":"second"},{}]}', 'application/json', 'first; second'],
    ['{"message":"Slot taken","traceId":"tr-1"}', 'application/json', 'Slot taken (HighLevel trace id tr-1)'],
    ['{"traceId":"tr-2"}', 'application/json', undefined],
    ['["one", "two"]', 'application/json', 'one; two'],
    ['[]', 'application/json', undefined],
    ['<!DOCTYPE html><html><body>502</body></html>', 'text/plain', 'HighLevel answered with a web page instead of data'],
    ['Bad gateway', 'text/html', 'HighLevel answered with a web page instead of data'],
    ['{"contact": {"id": "abc"', 'application/json', 'HighLevel answered with an incomplete or malformed response'],
    ['[1, 2', 'application/json', 'HighLevel answered with an incomplete or malformed response'],
    ['Too   many\n requests', null as unknown as string, 'Too many requests'],
    ['   ', 'text/plain', undefined],
    [undefined as unknown as string, 'text/plain', undefined],
  ])('%j (%s) → %j', (content, contentType, words) => {
    expect(highLevelMessage(content, contentType)).toBe(words);
  });

  it('clips long words at 500 characters', () => {
    expect(highLevelMessage(JSON.stringify({ message: 'x'.repeat(500) }))).toBe('x'.repeat(500));
    expect(highLevelMessage(JSON.stringify({ message: 'y'.repeat(501) }))).toBe(`${'y'.repeat(500)}…`);
  });

  it('never repeats the connection tokens or the client secret', () => {
    const said = highLevelMessage(JSON.stringify({ message: 'bad token tok-12345678 and test-client-secret-value, short abc' }), 'application/json', ['tok-12345678', 'abc']);
    expect(said).toBe('bad token [hidden] and [hidden], short abc');
    expect(scrubSecrets('Authorization: Bearer abc.def and access_token=xyz123')).toBe('Authorization: Bearer [hidden] and access_token=[hidden]');
  });
});

describe('not found', () => {
  const notFound = errorForResponse({ status: 404, content: '{}', header: headers() });
  const badRequest = errorForResponse({ status: 400, content: '{}', header: headers() });

  it('isNotFound tells a 404 from every other failure', () => {
    expect(isNotFound(notFound)).toBe(true);
    expect(isNotFound(badRequest)).toBe(false);
    expect(isNotFound(errorForResponse({ status: 4040, content: '{}', header: headers() }))).toBe(false);
    expect(isNotFound(new Error('{"status":404}'))).toBe(false);
    expect(isNotFound('{"status":404}')).toBe(false);
  });

  it('unlessNotFound turns a 404 into undefined and passes every other outcome on', async () => {
    await expect(unlessNotFound(Promise.reject(notFound))).resolves.toBeUndefined();
    await expect(unlessNotFound(Promise.resolve('found'))).resolves.toBe('found');
    await expect(unlessNotFound(Promise.reject(badRequest))).rejects.toBe(badRequest);
  });
});
