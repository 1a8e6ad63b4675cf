import nock from 'nock';
import { apiPath } from '../../src/http/path';
import { bearerOf, HIDDEN, highLevelMessage, scrubSecrets, secretsOf, throttleDelaySeconds } from '../../src/http/errors';
import { ACCESS_TOKEN, API, authData, REFRESH_TOKEN, sendApi } from '../helpers';

/** The pure parts of the request layer's errors: what is hidden, what HighLevel said, how long to wait. */

describe('scrubSecrets hides JWTs by their shape, and only them', () => {
  it.each([
    // eyJ + at least 4 characters, a dot, at least 4, a dot, the signature up to the next dot.
    ['eyJabcd.efgh.sig', HIDDEN],
    ['eyJabcd.efgh.sig.rest', `${HIDDEN}.rest`],
    ['token eyJabcd.efgh.sig here', `token ${HIDDEN} here`],
    // A dot or a dash starts a word: a JWT after one is still a JWT.
    ['x.eyJabcd.efgh.sig', `x.${HIDDEN}`],
    // An early candidate too short to match does not hide the JWT that follows in the same run.
    ['eyJab.eyJabcdef.ghijk.sig', `eyJab.${HIDDEN}`],
  ])('%s → %s', (text, scrubbed) => {
    expect(scrubSecrets(text)).toBe(scrubbed);
  });

  it.each([
    ['a first part one character short', 'eyJabc.efgh.sig'],
    ['a second part one character short', 'eyJabcd.efg.sig'],
    ['no second dot', 'eyJabcdef.ghijkl'],
    ['a JWT header with no dot after it', 'x.eyJhbGciOiJIUzI1NiJ9'],
    ['inside a word', 'xeyJabcdef.ghij.sig'],
    ['a short first part after a dash', 'a-eyJabc.defgh.sig'],
    ['a short first part with a long second part', 'eyJab.efghijkl.sig'],
  ])('keeps %s: %s', (_case, text) => {
    expect(scrubSecrets(text)).toBe(text);
  });
});

describe('bearerOf', () => {
  it.each([
    [{ Authorization: 'Bearer abc.def' }, 'abc.def'],
    [{ authorization: '  bearer   tok_1  ' }, 'tok_1'],
    [{ authorization: 5 }, undefined],
    [{ authorization: 'Bearer ' }, undefined],
    [{ accept: 'application/json' }, undefined],
    [undefined, undefined],
  ])('%j → %s', (headers, token) => {
    expect(bearerOf(headers)).toBe(token);
  });
});

describe('highLevelMessage', () => {
  const nested = (key: 'message' | 'msg', levels: number): unknown => (levels === 0 ? 'deep words' : { [key]: nested(key, levels - 1) });

  it.each(['message', 'msg'] as const)('finds a %s nested five objects deep, not six (a hostile answer nests 20,000)', (key) => {
    expect(highLevelMessage(JSON.stringify(nested(key, 5)))).toBe('deep words');
    expect(highLevelMessage(JSON.stringify(nested(key, 6)))).toBeUndefined();
  });

  it('finds words in arrays nested four deep, not five', () => {
    const inArrays = (levels: number): unknown => (levels === 0 ? 'deep words' : [inArrays(levels - 1)]);
    expect(highLevelMessage(JSON.stringify({ message: inArrays(4) }))).toBe('deep words');
    expect(highLevelMessage(JSON.stringify({ message: inArrays(5) }))).toBeUndefined();
  });

  it('a null message falls through to the OAuth error words', () => {
    expect(highLevelMessage(JSON.stringify({ message: null, error: 'invalid_grant', error_description: 'Code expired' }))).toBe('invalid_grant: Code expired');
  });
});

describe('throttleDelaySeconds', () => {
  const headers = (values: Record<string, string>) => (name: string) => values[name];

  it.each([
    [{ 'retry-after': '7' }, 7],
    [{ 'x-ratelimit-remaining': '0', 'x-ratelimit-interval-milliseconds': '10000' }, 10],
    [{ 'x-ratelimit-remaining': '0', 'x-ratelimit-interval-milliseconds': '1500' }, 2],
    // The daily allowance used up: wait an hour, not the burst window.
    [{ 'x-ratelimit-remaining': '0', 'x-ratelimit-daily-remaining': '0', 'x-ratelimit-interval-milliseconds': '10000' }, 3600],
    [{ 'x-ratelimit-daily-remaining': '0', 'x-ratelimit-interval-milliseconds': '10000' }, 3600],
    [{ 'x-ratelimit-remaining': '0' }, 10],
    [{}, 10],
  ])('%j → %i s', (values, seconds) => {
    expect(throttleDelaySeconds(headers(values))).toBe(seconds);
  });
});

describe('scrubSecrets: the given secrets and the long answers', () => {
  it('hides a secret of exactly eight characters, and keeps a shorter one (too common to be a secret)', () => {
    expect(scrubSecrets('echo abcdefgh end', ['abcdefgh'])).toBe(`echo ${HIDDEN} end`);
    expect(scrubSecrets('echo abcdefg end', ['abcdefg'])).toBe('echo abcdefg end');
  });

  it.each(['Contact not found', 'The slot is no longer available'])('with no secrets given, keeps ordinary words whole: %s', (text) => {
    expect(scrubSecrets(text)).toBe(text);
    expect(highLevelMessage(JSON.stringify({ message: text }))).toBe(text);
  });

  it('keeps an answer of exactly 4 KiB whole, and clips a longer one before the credential cut at the end', () => {
    const window = 'a '.repeat(2048);
    expect(window).toHaveLength(4096);
    expect(scrubSecrets(window)).toBe(window);
    // One character more: the word cut at 4096 (`aa`, then `a`) is dropped whole, so no half credential is kept.
    expect(scrubSecrets(`${'a '.repeat(2047)}aaa`)).toBe(`${'a '.repeat(2047)}…`);
    // An answer of nothing but token characters keeps nothing of them.
    expect(scrubSecrets('x'.repeat(5000))).toBe('…');
  });
});

describe('secretsOf: the connection tokens never repeated in an error', () => {
  it.each<[string, Record<string, unknown> | undefined, string[]]>([
    ['both tokens, in that order', { access_token: 'acc-1', refresh_token: 'ref-1', locationId: 'loc_1', client_secret: 'cs' }, ['acc-1', 'ref-1']],
    ['an empty token is no secret', { access_token: '', refresh_token: 'ref-1' }, ['ref-1']],
    ['a token that is not text is no secret', { access_token: 42, refresh_token: null }, []],
    ['no tokens', { locationId: 'loc_1' }, []],
    ['no authData at all', undefined, []],
  ])('%s', (_case, data, secrets) => {
    expect(secretsOf(data)).toEqual(secrets);
  });
});

describe('bearerOf: only a leading Bearer scheme is taken off', () => {
  it('keeps the whole value of another scheme, even one with the word Bearer inside', () => {
    expect(bearerOf({ authorization: 'Custom Bearer xyz' })).toBe('Custom Bearer xyz');
  });
});

describe("highLevelMessage: what is HighLevel's own words", () => {
  it.each<[string, string, string | undefined]>([
    ['a message padded with spaces is trimmed', '{"message":"  Contact not found  "}', 'Contact not found'],
    ['a JSON text answer is the words', '"Service unavailable"', 'Service unavailable'],
    ['a JSON null says nothing', 'null', undefined],
    ['a JSON number says nothing', '42', undefined],
    ['a text that mentions <html> later is not a web page', 'Field accepts no <html> tags', 'Field accepts no <html> tags'],
    ['a text with braces later is not malformed JSON', 'Bad value {x}', 'Bad value {x}'],
  ])('%s', (_case, content, words) => {
    expect(highLevelMessage(content, 'text/plain')).toBe(words);
  });
});

describe('errors through the request layer', () => {
  const get = () => sendApi({ method: 'GET', path: apiPath`/contacts/c1` });
  const failure = async () => (await get().then(() => undefined, (caught: Error) => caught)) as Error;

  it('hides the access and refresh tokens HighLevel echoes, whatever the words around them', async () => {
    const scope = nock(API).get('/contacts/c1').reply(400, { message: `tokens ${ACCESS_TOKEN} and ${REFRESH_TOKEN} are wrong` });
    const error = await failure();
    expect(JSON.parse(error.message)).toEqual({
      message: `HighLevel rejected the request (HTTP 400): tokens ${HIDDEN} and ${HIDDEN} are wrong.`,
      code: 'BadRequest',
      status: 400,
    });
    scope.done();
  });

  it("an expired token's RefreshAuthError carries only our sentence, not core's step context (which holds the inputs)", async () => {
    const scope = nock(API).get('/contacts/c1').reply(401, { message: 'Invalid JWT' });
    const error = await failure();
    expect(error.name).toBe('RefreshAuthError');
    expect(error.message).toBe(
      "HighLevel's access token expired or is no longer valid (HTTP 401: Invalid JWT). Zapier renews it and retries; when testing locally, run `zapier-platform invoke auth refresh` and try again.",
    );
    scope.done();
  });
});
