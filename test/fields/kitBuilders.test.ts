import type { Input } from '../../src/fields/kit';
import { thrownBy } from '../outcomes';
import {
  boolean,
  choice,
  date,
  datetime,
  dict,
  email,
  id,
  inputs,
  integer,
  isTimeZone,
  kindOf,
  lazySchema,
  list,
  number,
  parseInstant,
  phone,
  string,
  text,
  timezone,
  url,
} from '../../src/fields/kit';

/**
 * Each builder on its own, with its input made inside the test: a schema is built on its first use and then kept,
 * so every check here runs against a schema this test built (src/fields/kit.ts).
 */

interface Refusal {
  message: string;
  code: string;
  status: number;
}

const refusal = (action: () => unknown): Refusal => JSON.parse((thrownBy(action) as Error).message) as Refusal;

/** What one input makes of a value, checked through `inputs(...).parse` under the key "value". */
const accepted = (input: Input<unknown>, value: unknown): unknown => inputs({ value: input }).parse({ value }).value;
/** The whole refusal of one value (message, code and status). */
const refused = (input: Input<unknown>, value: unknown): Refusal => refusal(() => inputs({ value: input }).parse({ value }));
const refusedMessage = (input: Input<unknown>, value: unknown): string => refused(input, value).message;

describe('a schema built on first use', () => {
  it('builds once, on the first check, and keeps it', () => {
    const build = jest.fn((zod: typeof import('zod').z) => zod.string().min(2));
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(schema.get().safeParse('ab')).toEqual({ success: true, data: 'ab' });
    expect(schema.get().safeParse('a').success).toBe(false);
    expect(build).toHaveBeenCalledTimes(1);
  });
});

describe('the kind each builder records on its Zapier field', () => {
  it('names the form of every builder and, for a list, of its items', () => {
    const set = inputs({
      s: string({ label: 'S' }),
      t: text({ label: 'T' }),
      e: email({ label: 'E' }),
      p: phone({ label: 'P' }),
      u: url({ label: 'U' }),
      i: id({ label: 'I' }),
      n: integer({ label: 'N', min: 1 }),
      f: number({ label: 'F' }),
      b: boolean({ label: 'B' }),
      dt: datetime({ label: 'DT', as: 'iso' }),
      d: date({ label: 'D' }),
      z: timezone({ label: 'Z' }),
      c: choice({ label: 'C', values: { a: 'A' } }),
      ids: list(id({ label: 'Id' }), { label: 'Ids' }),
      lines: list(string({ label: 'Line' }), { label: 'Lines' }),
      x: dict({ label: 'X' }),
    });
    expect(Object.fromEntries(set.fields.map((field) => [field.key, kindOf(field)]))).toEqual({
      s: { kind: 'string' },
      t: { kind: 'text' },
      e: { kind: 'email' },
      p: { kind: 'phone' },
      u: { kind: 'url' },
      i: { kind: 'id' },
      n: { kind: 'integer' },
      f: { kind: 'number' },
      b: { kind: 'boolean' },
      dt: { kind: 'datetime' },
      d: { kind: 'date' },
      z: { kind: 'timezone' },
      c: { kind: 'choice' },
      ids: { kind: 'list', item: 'id' },
      lines: { kind: 'list', item: 'string' },
      x: { kind: 'dict' },
    });
  });

  it('describes each builder as the Zapier field of its type', () => {
    const set = inputs({
      s: string({ label: 'S', required: true }),
      t: text({ label: 'T', helpText: 'Any text.' }),
      e: email({ label: 'E' }),
      p: phone({ label: 'P' }),
      u: url({ label: 'U' }),
      i: id({ label: 'I', dynamic: 'dropdown.id.name' }),
      n: integer({ label: 'N', min: 1 }),
      f: number({ label: 'F', max: 2 }),
      b: boolean({ label: 'B' }),
      dt: datetime({ label: 'DT', as: 'iso' }),
      d: date({ label: 'D' }),
      z: timezone({ label: 'Z' }),
      c: choice({ label: 'C', values: { a: 'A' } }),
      ids: list(id({ label: 'Id' }), { label: 'Ids' }),
      x: dict({ label: 'X' }),
    });
    expect(set.fields).toEqual([
      { key: 's', label: 'S', type: 'string', required: true },
      { key: 't', label: 'T', helpText: 'Any text.', type: 'text', required: false },
      { key: 'e', label: 'E', type: 'string', required: false },
      { key: 'p', label: 'P', type: 'string', required: false },
      { key: 'u', label: 'U', type: 'string', required: false },
      { key: 'i', label: 'I', dynamic: 'dropdown.id.name', type: 'string', required: false },
      { key: 'n', label: 'N', type: 'integer', required: false },
      { key: 'f', label: 'F', type: 'number', required: false },
      { key: 'b', label: 'B', type: 'boolean', required: false },
      { key: 'dt', label: 'DT', type: 'datetime', required: false },
      { key: 'd', label: 'D', type: 'string', required: false },
      { key: 'z', label: 'Z', type: 'string', required: false },
      { key: 'c', label: 'C', type: 'string', choices: { a: 'A' }, required: false },
      { key: 'ids', label: 'Ids', type: 'string', list: true, required: false },
      { key: 'x', label: 'X', type: 'string', dict: true, required: false },
    ]);
  });

  it('a list of a hand-made item without a kind holds text items', () => {
    const code: Input<string> = { field: { label: 'Code', type: 'string' }, schema: lazySchema((zod) => zod.string()), required: false };
    const set = inputs({ codes: list(code, { label: 'Codes' }) });
    expect(kindOf(set.fields[0]!)).toEqual({ kind: 'list', item: 'string' });
    expect(set.parse({ codes: 'a,b' })).toEqual({ codes: ['a', 'b'] });
  });

  it('a field object not made by the kit has no kind', () => {
    expect(kindOf({ key: 'x', label: 'X' })).toBeUndefined();
  });
});

describe('text', () => {
  it('refuses text over the length limit, saying the limit', () => {
    const name = string({ label: 'Name', maxLength: 3 });
    expect(accepted(name, ' Ann ')).toBe('Ann');
    expect(refused(name, 'Anna')).toEqual({ message: 'Invalid input. Name (value): expected at most 3 characters, got "Anna".', code: 'InvalidInput', status: 400 });
  });

  it('refuses a record where text belongs, with the form expected', () => {
    expect(refusedMessage(string({ label: 'Name' }), { first: 'Ann' })).toBe('Invalid input. Name (value): expected text, got "{"first":"Ann"}".');
  });
});

describe('phone numbers', () => {
  it('keeps the + and the digits, and refuses too few digits naming the form', () => {
    expect(accepted(phone({ label: 'Phone' }), '+1 (555) 123-4567')).toBe('+15551234567');
    expect(accepted(phone({ label: 'Phone' }), '555.123.4567')).toBe('5551234567');
    expect(refusedMessage(phone({ label: 'Phone' }), '555-12')).toBe(
      'Invalid input. Phone (value): expected a phone number such as +1 555 123 4567 (7 to 15 digits, optionally starting with +), got "555-12".',
    );
  });
});

describe('phone numbers: only digits, with at most a leading +', () => {
  it.each(['12+3456789', '+15551234567x', 'x5551234567', '+1234567890123456'])('refuses %j', (value) => {
    expect(refusedMessage(phone({ label: 'Phone' }), value)).toBe(
      `Invalid input. Phone (value): expected a phone number such as +1 555 123 4567 (7 to 15 digits, optionally starting with +), got "${value}".`,
    );
  });
});

describe('plain text and email addresses', () => {
  it('keeps text as trimmed text and checks an email address', () => {
    expect(accepted(text({ label: 'Note' }), 42)).toBe('42');
    expect(accepted(text({ label: 'Note' }), ' two\nlines ')).toBe('two\nlines');
    expect(accepted(email({ label: 'Email' }), ' ada@example.com ')).toBe('ada@example.com');
    expect(refusedMessage(email({ label: 'Email' }), 'ada@')).toBe('Invalid input. Email (value): expected an email address such as name@example.com, got "ada@".');
  });
});

describe('web addresses', () => {
  it('takes http and https only, the whole scheme', () => {
    expect(accepted(url({ label: 'Site' }), 'http://example.com/a')).toBe('http://example.com/a');
    expect(accepted(url({ label: 'Site' }), 'https://example.com')).toBe('https://example.com');
    const message = (value: string) => `Invalid input. Site (value): expected a web address starting with http:// or https://, got "${value}".`;
    for (const value of ['ftp://example.com', 'xhttp://example.com', 'httpx://example.com', 'https://']) {
      expect(refusedMessage(url({ label: 'Site' }), value)).toBe(message(value));
    }
  });
});

describe('ids', () => {
  const message = (value: string) => `Invalid input. Contact (value): expected an id (letters, digits, - or _, no spaces or slashes), got "${value}".`;

  it.each(['.', '..', 'a/b', 'ab/', '/ab', 'a b', 'a?b', 'a#b', 'a\\b'])('refuses %j', (value) => {
    expect(refusedMessage(id({ label: 'Contact' }), value)).toBe(message(value));
  });

  it('takes ids that merely start with dots', () => {
    expect(accepted(id({ label: 'Contact' }), '.hidden')).toBe('.hidden');
    expect(accepted(id({ label: 'Contact' }), '..x')).toBe('..x');
    expect(accepted(id({ label: 'Contact' }), ' abc_1-2 ')).toBe('abc_1-2');
  });
});

describe('numbers written as text', () => {
  it('reads decimals that start with a point and exponents without a sign', () => {
    expect(accepted(number({ label: 'Amount' }), '.25')).toBe(0.25);
    expect(accepted(number({ label: 'Amount' }), '-.75')).toBe(-0.75);
    expect(accepted(number({ label: 'Amount' }), '1e2')).toBe(100);
    expect(accepted(number({ label: 'Amount' }), '2.5E-1')).toBe(0.25);
    expect(accepted(number({ label: 'Amount' }), '12.5')).toBe(12.5);
    expect(accepted(number({ label: 'Amount' }), '1e10')).toBe(1e10);
    expect(accepted(integer({ label: 'Count' }), ' 42 ')).toBe(42);
  });

  it.each(['0x10', '0b11', '10abc', 'abc10', '1e', '.'])('refuses %j, which is not written as a decimal number', (value) => {
    expect(refusedMessage(integer({ label: 'Count' }), value)).toBe(`Invalid input. Count (value): expected a whole number, got "${value}".`);
  });
});

describe('yes/no', () => {
  it('refuses other words naming the form', () => {
    expect(accepted(boolean({ label: 'Flag' }), ' On ')).toBe(true);
    expect(accepted(boolean({ label: 'Flag' }), 'n')).toBe(false);
    expect(refusedMessage(boolean({ label: 'Flag' }), 'maybe')).toBe('Invalid input. Flag (value): expected true or false (yes or no), got "maybe".');
  });
});

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2026-02-28T23:00:00-05:00', '2026-02-28'],
    ['2026-12-31', '2026-12-31'],
    ['2026-01-01', '2026-01-01'],
  ])('takes %j as %j (leap years every 4 years, not centuries, but every 400 years)', (value, day) => {
    expect(accepted(date({ label: 'Day' }), value)).toBe(day);
  });

  it.each(['2026-02-29', '1900-02-29', '2100-02-29', '2024-02-30', '2026-01-00', '2026-04-31', '2026-13-01', '2026-00-10', 'tomorrow'])(
    'refuses %j, a day that does not exist',
    (value) => {
      expect(refusedMessage(date({ label: 'Day' }), value)).toBe(`Invalid input. Day (value): expected a date such as 2026-01-31, got "${value}".`);
    },
  );
});

describe('dates and times', () => {
  const refusedAt = (value: string) => refusedMessage(datetime({ label: 'At', as: 'iso' }), value);
  const at = (value: unknown) => accepted(datetime({ label: 'At', as: 'iso' }), value);
  const message = (value: string) => `Invalid input. At (value): expected a date and time such as 2026-01-31T14:30:00-05:00, got "${value}".`;

  it('reads a date written with a month name when that day exists', () => {
    expect(at('Feb 28 2026 10:00 UTC')).toBe('2026-02-28T10:00:00.000Z');
    expect(at('29 February 2024 10:00 UTC')).toBe('2024-02-29T10:00:00.000Z');
    expect(at('Sat, 28 Feb 2026 10:00:00 GMT')).toBe('2026-02-28T10:00:00.000Z');
  });

  it.each(['Feb 30 2026 10:00 UTC', '30 February 2026 10:00 UTC', 'February 29, 2026', '31 Apr 2026 UTC', '2026:Feb30'])(
    'refuses %j, a day that does not exist (the parser would roll it over)',
    (value) => {
      expect(refusedAt(value)).toBe(message(value));
    },
  );

  // The parser reads each of these as March 2 (or 3): the "-" between the parts is a separator, not a minus sign.
  it.each(['30-Feb-2026', '30-Feb-2026 10:00 UTC', '2026-Feb-30', 'Feb-30-2026', '31-Apr-2026', '2026-February31'])(
    'refuses %j, a day that does not exist written with dashes',
    (value) => {
      expect(refusedAt(value)).toBe(message(value));
    },
  );

  it('reads a day written with dashes, and an offset after the date, when that day exists', () => {
    expect(at('28-Feb-2026 10:00 UTC')).toBe('2026-02-28T10:00:00.000Z');
    expect(at('2024-Feb-29 UTC')).toBe('2024-02-29T00:00:00.000Z');
    expect(at('Sat Feb 28 2026 10:00:00 GMT-0500 (Eastern Standard Time)')).toBe('2026-02-28T15:00:00.000Z');
    expect(at('Mar 1 2026 10:00 -05:00')).toBe('2026-03-01T15:00:00.000Z');
  });

  it('refuses numbers that run into each other rather than reading a far-future year', () => {
    // The parser alone reads "+202630" as the year 202630; the "2026" inside it is not taken for the year.
    expect(refusedAt('+202630 12:00:00.2026 Feb')).toBe(message('+202630 12:00:00.2026 Feb'));
  });

  it('leaves a month name without a day or without a year to the parser', () => {
    expect(at('March 2026 UTC')).toBe('2026-03-01T00:00:00.000Z');
    expect(at('March 5 10:00 UTC')).toBe(new Date('March 5 10:00 UTC').toISOString());
  });

  it('reads text with a time-zone word but no month name', () => {
    expect(at('2026/01/31 UTC')).toBe('2026-01-31T00:00:00.000Z');
  });

  it.each(['1/31/2026 10:00 PM', '12345', '+1767225600', '12345678901234', '1767225600 UTC'])('refuses %j, which is neither ISO, epoch nor words', (value) => {
    expect(refusedAt(value)).toBe(message(value));
  });

  it('reads 9 to 13 digits as epoch seconds or milliseconds', () => {
    expect(at('1767225600')).toBe('2026-01-01T00:00:00.000Z');
    expect(at('100000000000')).toBe('1973-03-03T09:46:40.000Z');
    expect(at('99999999999')).toBe(new Date(99999999999000).toISOString());
    expect(at('1767225600000')).toBe('2026-01-01T00:00:00.000Z');
    expect(parseInstant('+1767225600')).toBeUndefined();
    expect(parseInstant('12345678901234')).toBeUndefined();
  });
});

describe('what a date and time converts to', () => {
  it('gives the UTC day, epoch milliseconds or epoch seconds as asked', () => {
    const value = '2026-01-31T23:30:00-05:00';
    expect(accepted(datetime({ label: 'At', as: 'date' }), value)).toBe('2026-02-01');
    expect(accepted(datetime({ label: 'At', as: 'epochMs' }), value)).toBe(Date.parse('2026-02-01T04:30:00Z'));
    expect(accepted(datetime({ label: 'At', as: 'epochSeconds' }), value)).toBe(Date.parse('2026-02-01T04:30:00Z') / 1000);
  });
});

describe('time zones', () => {
  it('takes IANA names and UTC, refuses abbreviations and unknown zones', () => {
    expect(accepted(timezone({ label: 'Zone' }), 'UTC')).toBe('UTC');
    expect(accepted(timezone({ label: 'Zone' }), 'Europe/Paris')).toBe('Europe/Paris');
    for (const value of ['EST', 'GMT', 'Mars/Olympus']) {
      expect(refusedMessage(timezone({ label: 'Zone' }), value)).toBe(`Invalid input. Zone (value): expected an IANA time zone such as America/New_York, got "${value}".`);
    }
  });

  it('isTimeZone answers false for a zone the runtime does not know', () => {
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('EST')).toBe(false);
  });
});

describe('choices', () => {
  it('refuses a value not offered, listing the values', () => {
    const kind = choice({ label: 'Kind', values: { open: 'Open', won: 'Won' } });
    expect(accepted(kind, ' won ')).toBe('won');
    expect(refusedMessage(kind, 'lost')).toBe('Invalid input. Kind (value): expected one of: open, won, got "lost".');
  });
});

describe('lists', () => {
  it('splits mapped text and array entries on commas by default', () => {
    expect(accepted(list(string({ label: 'Tag' }), { label: 'Tags' }), 'ab,c, d')).toEqual(['ab', 'c', 'd']);
    expect(accepted(list(string({ label: 'Tag' }), { label: 'Tags' }), ['ab,c', 'd', ' '])).toEqual(['ab', 'c', 'd']);
    expect(accepted(list(integer({ label: 'N' }), { label: 'Ns' }), 7)).toEqual([7]);
  });

  it('keeps each entry whole with splitCommas: false', () => {
    const lines = list(string({ label: 'Line' }), { label: 'Lines', splitCommas: false });
    expect(accepted(lines, 'a, b')).toEqual(['a, b']);
    expect(accepted(lines, ['a, b', 'c'])).toEqual(['a, b', 'c']);
  });

  it('names the bad item by its position', () => {
    expect(refusedMessage(list(id({ label: 'Id' }), { label: 'Ids' }), 'a1, b/2')).toBe(
      'Invalid input. Ids (value) (item 2): expected an id (letters, digits, - or _, no spaces or slashes), got "a1, b/2".',
    );
  });

  it('a list of nothing but commas counts as not mapped: left out, or refused when required', () => {
    expect(inputs({ tags: list(string({ label: 'Tag' }), { label: 'Tags' }) }).parse({ tags: ' , ,' })).toEqual({});
    const required = inputs({ tags: list(string({ label: 'Tag' }), { label: 'Tags', required: true }) });
    expect(refusal(() => required.parse({ tags: ',' }))).toEqual({ message: 'Invalid input. Tags (tags) is required.', code: 'InvalidInput', status: 400 });
  });
});

describe('key/value pairs', () => {
  it('refuses text where pairs belong', () => {
    expect(accepted(dict({ label: 'Extra' }), { a: '1', b: '' })).toEqual({ a: '1' });
    expect(refusedMessage(dict({ label: 'Extra' }), 'a=1')).toBe('Invalid input. Extra (value): expected key/value pairs, got "a=1".');
  });
});

describe('the refusal', () => {
  it('shows a value of 60 characters whole and clips a longer one', () => {
    const kind = () => choice({ label: 'Kind', values: { a: 'A' } });
    expect(refusedMessage(kind(), 'x'.repeat(60))).toBe(`Invalid input. Kind (value): expected one of: a, got "${'x'.repeat(60)}".`);
    expect(refusedMessage(kind(), 'x'.repeat(61))).toBe(`Invalid input. Kind (value): expected one of: a, got "${'x'.repeat(60)}…".`);
  });

  it('names every bad or missing field in one error', () => {
    const set = inputs({ name: string({ label: 'Name', required: true }), count: integer({ label: 'Count', max: 5 }) });
    expect(refusal(() => set.parse({ count: '6' }))).toEqual({
      message: 'Invalid input. Name (name) is required. Count (count): expected a whole number ≤ 5, got "6".',
      code: 'InvalidInput',
      status: 400,
    });
  });
});
