import { bearerOf, HIDDEN, highLevelMessage, scrubSecrets, throttleDelaySeconds } from '../../src/http/errors';

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
