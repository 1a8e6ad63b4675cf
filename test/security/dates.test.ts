import { parseInstant } from '../../src/fields/kit';

/** Issue 15.12: textual dates that do not exist are refused, as the ISO form already is (no roll-over to March). */
describe('15.12 dates that do not exist', () => {
  it.each([['Feb 30 2026'], ['February 30, 2026 10:00'], ['30 Feb 2026'], ['Apr 31 2026 09:15'], ['Feb 29 2027'], ['Tuesday, September 31st 2026'], ['2026-02-30T10:00:00Z']])(
    '%s is refused',
    (text) => {
      expect(parseInstant(text)).toBeUndefined();
    },
  );

  it.each([
    ['Feb 29 2028', '2028-02-29'],
    ['Jan 15 2026 14:00 GMT-0500', '2026-01-15T19:00:00.000Z'],
    ['31 December 2026 23:59 UTC', '2026-12-31T23:59:00.000Z'],
    ['Mar 1, 2026 10:30:45 +0200', '2026-03-01T08:30:45.000Z'],
  ])('%s still parses', (text, expected) => {
    expect(parseInstant(text)?.toISOString()).toContain(expected);
  });
});
