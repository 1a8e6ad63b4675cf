import fc from 'fast-check';
import {
  date,
  DATE_FORM,
  formatInstant,
  inputs,
  integer,
  isBlank,
  list,
  normalizePhone,
  number,
  parseInstant,
  string,
} from '../../src/fields/kit';
import { encodeSegment, PathSegmentError } from '../../src/http/path';

/**
 * Properties of the input normalizers (fast-check): what they accept, what they refuse and what they give back,
 * over generated values rather than a few examples.
 */

const RUNS = { numRuns: 300 };

/** The user-facing message of a refusal (core's errors.Error carries it inside a JSON message). */
const refusalOf = (action: () => unknown): string => {
  try {
    action();
  } catch (error) {
    const message = (error as Error).message;
    return (JSON.parse(message) as { message: string }).message;
  }
  throw new Error('expected a refusal');
};
const figures = { properties: 0, cases: 0 };
/** fc.assert with the run count recorded for the figures line. */
const check = <T extends unknown[]>(property: fc.IPropertyWithHooks<T> | fc.IProperty<T>) => {
  fc.assert(property, RUNS);
  figures.properties += 1;
  figures.cases += RUNS.numRuns;
};
afterAll(() => {
  console.log(`properties: ${figures.properties} properties × ${RUNS.numRuns} generated cases = ${figures.cases} checked, all passing`);
});

const digitString = (min: number, max: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((digits) => digits.join(''));
const SEPARATORS = [' ', '-', '.', '(', ')'];
/** Digits with separators people type sprinkled between them. */
const withSeparators = (digits: string) =>
  fc.array(fc.constantFrom('', ...SEPARATORS), { minLength: digits.length, maxLength: digits.length }).map((separators) =>
    digits
      .split('')
      .map((digit, index) => `${separators[index]}${digit}`)
      .join(''),
  );

describe('normalizePhone', () => {
  it('accepts exactly 7 to 15 digits with an optional leading +, whatever the separators', () => {
    check(
      fc.property(
        digitString(1, 20).chain((digits) => fc.tuple(fc.constant(digits), fc.boolean(), withSeparators(digits), fc.constantFrom('', ' ', '  '))),
        ([digits, plus, written, padding]) => {
          const normalized = normalizePhone(`${padding}${plus ? '+' : ''}${written}${padding}`);
          expect(normalized).toBe(digits.length >= 7 && digits.length <= 15 ? `${plus ? '+' : ''}${digits}` : undefined);
        },
      ),
    );
  });

  it('refuses any value with a letter or another symbol in it', () => {
    check(
      fc.property(digitString(7, 15), fc.nat(), fc.constantFrom(...'abcxyzABC#*/,;_+'), (digits, at, intruder) => {
        const position = 1 + (at % digits.length); // after the first digit, so a + is never leading
        expect(normalizePhone(`${digits.slice(0, position)}${intruder}${digits.slice(position)}`)).toBeUndefined();
      }),
    );
  });

  it('is idempotent: a normalized number normalizes to itself', () => {
    check(
      fc.property(fc.oneof(fc.string(), digitString(5, 17).chain(withSeparators)), (value) => {
        const once = normalizePhone(value);
        if (once !== undefined) expect(normalizePhone(once)).toBe(once);
      }),
    );
  });
});

const instants = fc.date({ min: new Date('1973-03-04T00:00:00Z'), max: new Date('2286-11-20T00:00:00Z'), noInvalidDate: true });

describe('parseInstant / formatInstant', () => {
  it('round-trips any date through ISO 8601, in UTC or written with an offset', () => {
    check(
      fc.property(instants, fc.integer({ min: -12 * 60, max: 14 * 60 }), (instant, offsetMinutes) => {
        expect(parseInstant(formatInstant(instant, 'iso') as string)?.getTime()).toBe(instant.getTime());
        const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
        const sign = offsetMinutes < 0 ? '-' : '+';
        const offset = `${sign}${String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0')}:${String(Math.abs(offsetMinutes) % 60).padStart(2, '0')}`;
        expect(parseInstant(`${local}${offset}`)?.getTime()).toBe(instant.getTime());
      }),
    );
  });

  it('reads 12–13 digits as epoch milliseconds and 9–11 digits as epoch seconds', () => {
    check(
      fc.property(instants, (instant) => {
        const ms = formatInstant(instant, 'epochMs') as number;
        const seconds = formatInstant(instant, 'epochSeconds') as number;
        expect(parseInstant(String(ms))?.getTime()).toBe(ms);
        expect(parseInstant(String(seconds))?.getTime()).toBe(seconds * 1000);
        expect(seconds).toBe(Math.floor(ms / 1000));
      }),
    );
  });

  it('gives the calendar day in UTC, which reads back as that day at midnight UTC', () => {
    check(
      fc.property(instants, (instant) => {
        const day = formatInstant(instant, 'date') as string;
        expect(day).toBe(instant.toISOString().slice(0, 10));
        expect(parseInstant(day)?.toISOString()).toBe(`${day}T00:00:00.000Z`);
      }),
    );
  });
});

/** Days in a month, from the Date API (day 0 of the next month): independent of the kit's own table. */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const calendarParts = fc.record({ year: fc.integer({ min: 1900, max: 2400 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) });

describe('date inputs', () => {
  const birthday = inputs({ birthday: date({ label: 'Birthday' }) });

  it('accept real calendar days only (no February 30), in parseInstant as in the date field', () => {
    check(
      fc.property(calendarParts, ({ year, month, day }) => {
        const written = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
        const real = day <= daysIn(year, month);
        if (real) {
          expect(birthday.parse({ birthday: written })).toEqual({ birthday: written });
          expect(parseInstant(written)?.toISOString()).toBe(`${written}T00:00:00.000Z`);
        } else {
          expect(refusalOf(() => birthday.parse({ birthday: written }))).toBe(`Invalid input. Birthday (birthday): expected ${DATE_FORM}, got "${written}".`);
          expect(parseInstant(written)).toBeUndefined();
          expect(parseInstant(`${written}T10:00:00Z`)).toBeUndefined();
        }
      }),
    );
  });

  it('refuses month 00 or 13 and day 00', () => {
    check(
      fc.property(calendarParts, fc.constantFrom('00', '13'), ({ year, day }, month) => {
        expect(parseInstant(`${pad(year, 4)}-${month}-${pad(day)}`)).toBeUndefined();
        expect(parseInstant(`${pad(year, 4)}-01-00`)).toBeUndefined();
      }),
    );
  });
});

describe('isBlank', () => {
  const whitespace = fc.array(fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2003'), { maxLength: 6 }).map((parts) => parts.join(''));
  const blank: fc.Arbitrary<unknown> = fc.letrec<{ blank: unknown }>((tie) => ({
    blank: fc.oneof({ depthSize: 'small' }, fc.constant(undefined), fc.constant(null), whitespace, fc.array(tie('blank'), { maxLength: 3 })),
  })).blank;

  it('is true for missing values, blank text and lists of blanks', () => {
    check(fc.property(blank, (value) => expect(isBlank(value)).toBe(true)));
  });

  it('is false for text with a visible character, any number or boolean, and a list holding one', () => {
    const visible = fc.tuple(whitespace, fc.string({ minLength: 1 }).filter((text) => text.trim() !== ''), whitespace).map((parts) => parts.join(''));
    check(
      fc.property(fc.oneof(visible, fc.double(), fc.boolean(), fc.tuple(blank, visible).map(([empty, text]) => [empty, text])), (value) =>
        expect(isBlank(value)).toBe(false),
      ),
    );
  });
});

describe('number and integer inputs', () => {
  const set = inputs({ amount: number({ label: 'Amount' }), count: integer({ label: 'Count' }) });

  it('take any finite number, as a number or as its text (padded or not)', () => {
    check(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom('', ' '), (value, padding) => {
        // == rather than toBe: String(-0) is "0", and 0 is the same amount.
        expect(set.parse({ amount: `${padding}${String(value)}${padding}` }).amount === value).toBe(true);
        expect(set.parse({ amount: value }).amount === value).toBe(true);
      }),
    );
  });

  it('take any whole number as an integer, and refuse a fraction with the form', () => {
    check(
      fc.property(fc.maxSafeInteger(), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((value) => !Number.isInteger(value)), (whole, fraction) => {
        expect(set.parse({ count: String(whole) }).count).toBe(whole);
        expect(refusalOf(() => set.parse({ count: String(fraction) }))).toBe(`Invalid input. Count (count): expected a whole number, got "${String(fraction)}".`);
      }),
    );
  });

  it('refuse any text that is not a number, with the form', () => {
    const notANumber = fc.string({ minLength: 1 }).filter((text) => text.trim() !== '' && !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text.trim()));
    check(
      fc.property(fc.oneof(notANumber, fc.constantFrom('Infinity', '-Infinity', 'NaN', '0x1F', '1e400', '12,5', '1 000')), (text) => {
        expect(refusalOf(() => set.parse({ amount: text }))).toMatch(/^Invalid input\. Amount \(amount\): expected a number such as 12\.5, got "/);
      }),
    );
  });
});

describe('list inputs', () => {
  const set = inputs({ tags: list(string({ label: 'Tag' }), { label: 'Tags' }), lines: list(string({ label: 'Line' }), { label: 'Lines', splitCommas: false }) });
  const item = fc.string({ minLength: 1, maxLength: 12 }).filter((text) => !text.includes(',') && text.trim() !== '');
  const padding = fc.constantFrom('', ' ', '  ');
  const blankItem = fc.constantFrom('', ' ', '   ');

  it('split mapped text on commas, trim each item and drop blank items', () => {
    check(
      fc.property(fc.array(fc.oneof(fc.tuple(padding, item, padding).map((parts) => parts.join('')), blankItem), { minLength: 1, maxLength: 8 }), (entries) => {
        const expected = entries.map((entry) => entry.trim()).filter(Boolean);
        const parsed = set.parse({ tags: entries.join(',') });
        expect(parsed.tags ?? []).toEqual(expected);
        expect(set.parse({ tags: entries }).tags ?? []).toEqual(expected);
      }),
    );
  });

  it('keep commas inside an item when splitting is off', () => {
    check(
      fc.property(fc.array(item, { minLength: 2, maxLength: 4 }), (parts) => {
        const line = parts.join(', ');
        expect(set.parse({ lines: line }).lines).toEqual([line.trim()]);
      }),
    );
  });
});

describe('encodeSegment (ids in paths)', () => {
  const segmentsOf = (path: string) => new URL(`https://services.example.com${path}`).pathname.split('/').slice(1);

  /** What a URL parser reads as "here" or "up one level", even percent-encoded: encodeSegment refuses it. */
  const DOT_SEGMENT = /^(\.|%2e){1,2}$/i;

  it('turns any other non-blank text into exactly one segment that decodes back to the trimmed text', () => {
    const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 24 }).filter((value) => value.trim() !== '' && !DOT_SEGMENT.test(value.trim()));
    check(
      fc.property(text, (value) => {
        const segment = encodeSegment(value);
        expect(segment).not.toMatch(/[/?#\s]/);
        expect(decodeURIComponent(segment)).toBe(value.trim());
        // As a URL parser reads it between two fixed segments: nothing resolved away, nothing added.
        expect(segmentsOf(`/contacts/${segment}/tasks`)).toEqual(['contacts', segment, 'tasks']);
      }),
    );
  });

  it('never yields "." or "..": refuses them, padded or percent-encoded', () => {
    check(
      fc.property(fc.array(fc.constantFrom('.', '%2e', '%2E'), { minLength: 1, maxLength: 2 }), fc.constantFrom('', ' '), (dots, padding) => {
        expect(() => encodeSegment(`${padding}${dots.join('')}${padding}`)).toThrow(PathSegmentError);
      }),
    );
  });
});
