import type { PlainInputField } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';
import type { z as Zod } from 'zod';

/**
 * One definition per input: the Zapier field the user sees and the zod schema that checks and converts
 * what they mapped. `inputs({...})` turns a set of them into `inputFields` plus a `parse` that refuses bad
 * values before any request, naming the field and the form expected, and drops empty optional values.
 */

type FieldOptions = Omit<PlainInputField, 'key' | 'type' | 'list' | 'choices' | 'required'>;

/** What a field takes, so tests (and tools) can tell how an input is checked without guessing from its key or label. */
export type FieldKind =
  | 'email'
  | 'phone'
  | 'datetime'
  | 'date'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'choice'
  | 'id'
  | 'url'
  | 'timezone'
  | 'color'
  | 'string'
  | 'text'
  | 'list'
  | 'dict';

/** A field's kind; a list also gives the kind of its items. */
export interface KindInfo {
  readonly kind: FieldKind;
  readonly item?: FieldKind;
}

type ZodLib = typeof Zod;
let zodLoaded: ZodLib | undefined;
/** zod is loaded on the first check, not when the app loads: it is a good share of a cold start (see `npm run bench`). */
const zodLib = (): ZodLib => (zodLoaded ??= (require('zod') as { z: ZodLib }).z);

/** A schema built on its first use and then kept; copies of an input share it. */
export interface LazySchema<T> {
  get(): Zod.ZodType<T>;
}
export const lazySchema = <T>(build: (zod: ZodLib) => Zod.ZodType<T>): LazySchema<T> => {
  let schema: Zod.ZodType<T> | undefined;
  return { get: () => (schema ??= build(zodLib())) };
};

export interface Input<T, Required extends boolean = boolean> {
  readonly field: Omit<PlainInputField, 'key'>;
  readonly schema: LazySchema<T>;
  readonly required: Required;
  /** Kept on the input (not the Zapier field, whose schema forbids unknown keys); copies made with spread keep it. */
  readonly kind?: KindInfo;
}

// Zapier field objects produced by `inputs()` (and dynamic fields that register themselves) → their kind.
const fieldKinds = new WeakMap<object, KindInfo>();

/** Records the kind of a Zapier field object; returns the field. */
export const registerKind = <F extends object>(field: F, info: KindInfo): F => {
  fieldKinds.set(field, info);
  return field;
};

/** The kind of a field object produced by `inputs()` or registered with `registerKind`; undefined for others. */
export const kindOf = (field: object): KindInfo | undefined => fieldKinds.get(field);

interface Common {
  label: string;
  helpText?: string;
  placeholder?: string;
  default?: string;
  dynamic?: string;
  search?: string;
  altersDynamicFields?: boolean;
}
type Req<O> = O extends { required: true } ? true : false;

const make = <T, O extends { required?: boolean }>(
  options: O & Common,
  kind: FieldKind | KindInfo,
  field: Partial<PlainInputField>,
  build: (zod: ZodLib) => Zod.ZodType<T>,
): Input<T, Req<O>> => {
  const { required, ...rest } = options;
  return {
    field: { ...(rest as FieldOptions), ...field, required: Boolean(required) } as Omit<PlainInputField, 'key'>,
    schema: lazySchema(build),
    required: Boolean(required) as Req<O>,
    kind: typeof kind === 'string' ? { kind } : kind,
  };
};

const expect = (form: string) => ({ error: `expected ${form}` });

/**
 * Text, numbers and booleans as trimmed text: what Zapier may send for any field. Anything else (a record or a list
 * mapped where one value belongs) is refused with the form the field expects.
 */
const trimmed = (zod: ZodLib, form = 'text') =>
  zod.union([zod.string(), zod.number(), zod.boolean()], expect(form)).transform((value) => String(value).trim());

/** A value counts as not mapped when it is missing, null, blank text or an empty list. */
export const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.every(isBlank));

// ---------- builders ----------

export const string = <O extends Common & { required?: boolean; maxLength?: number }>(options: O) => {
  const { maxLength = 100_000, ...rest } = options;
  return make(rest as O, 'string', { type: 'string' }, (zod) => trimmed(zod).pipe(zod.string().max(maxLength, expect(`at most ${maxLength} characters`))));
};

export const text = <O extends Common & { required?: boolean }>(options: O) => make(options, 'text', { type: 'text' }, (zod) => trimmed(zod));

export const EMAIL_FORM = 'an email address such as name@example.com';
export const email = <O extends Common & { required?: boolean }>(options: O) =>
  make(options, 'email', { type: 'string' }, (zod) => trimmed(zod, EMAIL_FORM).pipe(zod.email(expect(EMAIL_FORM))));

export const PHONE_FORM = 'a phone number such as +1 555 123 4567 (7 to 15 digits, optionally starting with +)';
/** Keeps the leading + and the digits; separators people type ( -.() and spaces) are removed. */
export const normalizePhone = (value: string): string | undefined => {
  const compact = value.trim().replace(/[\s\-.()]/g, '');
  return /^\+?\d{7,15}$/.test(compact) ? compact : undefined;
};
export const phone = <O extends Common & { required?: boolean }>(options: O) =>
  make(
    options,
    'phone',
    { type: 'string' },
    (zod) => trimmed(zod, PHONE_FORM).transform((value, ctx) => {
      const normalized = normalizePhone(value);
      if (normalized === undefined) {
        ctx.addIssue({ code: 'custom', message: `expected ${PHONE_FORM}` });
        return zod.NEVER;
      }
      return normalized;
    }),
  );

const URL_FORM = 'a web address starting with http:// or https://';
export const url = <O extends Common & { required?: boolean }>(options: O) =>
  make(options, 'url', { type: 'string' }, (zod) => trimmed(zod, URL_FORM).pipe(zod.url({ protocol: /^https?$/, ...expect(URL_FORM) })));

/**
 * Ids go into paths as one encoded segment anyway; refusing spaces and slashes catches mapping mistakes early.
 * "." and ".." are refused too: URL parsers resolve them (even encoded as %2E) to another path.
 */
export const ID_FORM = 'an id (letters, digits, - or _, no spaces or slashes)';
export const id = <O extends Common & { required?: boolean }>(options: O) =>
  make(options, 'id', { type: 'string' }, (zod) => trimmed(zod, ID_FORM).pipe(zod.string().regex(/^(?!\.{1,2}$)[^\s/\\?#]+$/, expect(ID_FORM))));

const numeric = (integer: boolean, min?: number, max?: number) => (zod: ZodLib) => {
  const form = `${integer ? 'a whole number' : 'a number such as 12.5'}${min !== undefined ? ` ≥ ${min}` : ''}${max !== undefined ? ` ≤ ${max}` : ''}`;
  return zod
    .union([zod.number(), zod.string().trim().regex(/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/, expect(form)).transform(Number)], expect(form))
    .pipe(
      // "1e400" passes the pattern and becomes Infinity, which zod refuses with its own words: give the form.
      zod
        .number(expect(form))
        .refine((value) => Number.isFinite(value) && (!integer || Number.isInteger(value)), expect(form))
        .refine((value) => (min === undefined || value >= min) && (max === undefined || value <= max), expect(form)),
    );
};
export const integer = <O extends Common & { required?: boolean; min?: number; max?: number }>(options: O) => {
  const { min, max, ...rest } = options;
  return make(rest as O, 'integer', { type: 'integer' }, numeric(true, min, max));
};
export const number = <O extends Common & { required?: boolean; min?: number; max?: number }>(options: O) => {
  const { min, max, ...rest } = options;
  return make(rest as O, 'number', { type: 'number' }, numeric(false, min, max));
};

const BOOLEAN_FORM = 'true or false (yes or no)';
const TRUE = /^(true|yes|y|1|on)$/i;
const FALSE = /^(false|no|n|0|off)$/i;
export const boolean = <O extends Common & { required?: boolean }>(options: O) =>
  make(
    options,
    'boolean',
    { type: 'boolean' },
    (zod) => trimmed(zod, BOOLEAN_FORM).transform((value, ctx) => {
      if (TRUE.test(value)) return true;
      if (FALSE.test(value)) return false;
      ctx.addIssue({ code: 'custom', message: `expected ${BOOLEAN_FORM}` });
      return zod.NEVER;
    }),
  );

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
/** Whether YYYY-MM-DD names a day that exists (no February 30): `new Date` would roll it over to March. */
const isCalendarDay = (year: number, month: number, day: number): boolean => {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
};
/** The YYYY-MM-DD a value starts with, when it is a real calendar day. */
const calendarDayOf = (value: string): string | undefined => {
  const match = CALENDAR_DAY.exec(value);
  return match && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3])) ? match[0] : undefined;
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
/**
 * A day of the month: one or two digits, not part of a time (14:30), a year or an offset (+0530). A "-" before a day or
 * a year is a date separator (30-Feb-2026, Feb-30-2026, 2026-Feb-30), not a sign: the first number of each form is
 * taken, and an offset comes after the date.
 */
const DAY_NUMBER = /(?<![\d:+])(\d{1,2})(?:st|nd|rd|th)?(?![\d:])/i;
const YEAR_NUMBER = /(?<![\d:+])(\d{4})(?!\d)/;

/**
 * Whether a textual date ("Feb 30 2026", "30 February 2026 10:00") names a day that exists: `new Date` would roll
 * February 30 over to March 2 (issue 15.12). Text without a month name, day and year is left to the parser.
 */
const textualDayExists = (value: string): boolean => {
  const month = MONTH_NAME.exec(value);
  if (!month) return true;
  const rest = value.replace(month[0], ' ');
  const year = YEAR_NUMBER.exec(rest);
  const day = DAY_NUMBER.exec(year ? rest.replace(year[0], ' ') : rest);
  if (!year || !day) return true;
  return isCalendarDay(Number(year[1]), MONTHS.indexOf(month[1]!.toLowerCase()) + 1, Number(day[1]));
};

export const DATETIME_FORM = 'a date and time such as 2026-01-31T14:30:00-05:00';
/** Zapier sends datetimes as ISO 8601; a bare number is read as epoch seconds or milliseconds. */
export const parseInstant = (value: string): Date | undefined => {
  if (/^\d{9,13}$/.test(value)) {
    const numeric = Number(value);
    return new Date(value.length >= 12 ? numeric : numeric * 1000);
  }
  const startsWithDay = CALENDAR_DAY.test(value);
  if (startsWithDay ? !calendarDayOf(value) : !/[a-z]{3}/i.test(value) || !textualDayExists(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

export type InstantFormat = 'iso' | 'epochMs' | 'epochSeconds' | 'date';
export const formatInstant = (date: Date, format: InstantFormat): string | number => {
  switch (format) {
    case 'epochMs':
      return date.getTime();
    case 'epochSeconds':
      return Math.floor(date.getTime() / 1000);
    case 'date':
      return date.toISOString().slice(0, 10);
    default:
      return date.toISOString();
  }
};

type Converted<F extends InstantFormat> = F extends 'epochMs' | 'epochSeconds' ? number : string;
export const datetime = <F extends InstantFormat, O extends Common & { required?: boolean; as: F }>(options: O) => {
  const { as, ...rest } = options;
  return make(
    rest as O,
    'datetime',
    { type: 'datetime' },
    (zod) => trimmed(zod, DATETIME_FORM).transform((value, ctx) => {
      const date = parseInstant(value);
      if (!date) {
        ctx.addIssue({ code: 'custom', message: `expected ${DATETIME_FORM}` });
        return zod.NEVER;
      }
      return formatInstant(date, as) as Converted<F>;
    }),
  );
};

export const DATE_FORM = 'a date such as 2026-01-31';
/** A calendar date; a full datetime is cut to its date as written (no time-zone shift). */
export const date = <O extends Common & { required?: boolean }>(options: O) =>
  make(
    options,
    'date',
    { type: 'string' },
    (zod) => trimmed(zod, DATE_FORM).transform((value, ctx) => {
      const day = calendarDayOf(value);
      if (!day) {
        ctx.addIssue({ code: 'custom', message: `expected ${DATE_FORM}` });
        return zod.NEVER;
      }
      return day;
    }),
  );

export const TIMEZONE_FORM = 'an IANA time zone such as America/New_York';
export const isTimeZone = (value: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return /\//.test(value) || value === 'UTC';
  } catch {
    return false;
  }
};
export const timezone = <O extends Common & { required?: boolean }>(options: O) =>
  make(options, 'timezone', { type: 'string' }, (zod) => trimmed(zod, TIMEZONE_FORM).pipe(zod.string().refine(isTimeZone, expect(TIMEZONE_FORM))));

/** Choices: `values` maps what HighLevel expects to what the user reads. */
export const choice = <const V extends string, O extends Common & { required?: boolean; values: Record<V, string> }>(options: O) => {
  const { values, ...rest } = options;
  const keys = Object.keys(values) as V[];
  const form = `one of: ${keys.join(', ')}`;
  return make(
    rest as O,
    'choice',
    { type: 'string', choices: values as Record<string, string> },
    (zod) => trimmed(zod, form).pipe(zod.enum(keys as [V, ...V[]], expect(form))),
  );
};

/**
 * Several values. Zapier sends a list field as an array; a single mapped text is split on commas
 * (or kept whole with `splitCommas: false`). Blank items are dropped.
 */
export const list = <T, O extends Common & { required?: boolean; splitCommas?: boolean; choices?: Record<string, string> }>(
  item: Input<T>,
  options: O,
) => {
  const { splitCommas = true, choices, ...rest } = options;
  const items = (zod: ZodLib) =>
    zod.union([zod.array(zod.unknown()), zod.string(), zod.number()]).transform((value) => {
      const raw = Array.isArray(value) ? value : splitCommas && typeof value === 'string' ? value.split(',') : [value];
      return raw.flatMap((entry) => (typeof entry === 'string' && splitCommas ? entry.split(',') : [entry])).filter((entry) => !isBlank(entry));
    });
  return make(
    rest as O,
    { kind: 'list', item: item.kind?.kind ?? 'string' },
    { type: item.field.type, list: true, ...(choices ? { choices } : {}), ...(item.field.dynamic && !rest.dynamic ? { dynamic: item.field.dynamic } : {}) },
    (zod) => items(zod).pipe(zod.array(item.schema.get())),
  );
};

/** Key/value pairs (Zapier `dict`). */
export const dict = <O extends Common & { required?: boolean }>(options: O) =>
  make(
    options,
    'dict',
    { type: 'string', dict: true },
    (zod) => zod.record(zod.string(), zod.unknown(), expect('key/value pairs')).transform((value) =>
      Object.fromEntries(Object.entries(value).filter(([, entry]) => !isBlank(entry))),
    ),
  );

// ---------- a set of inputs ----------

type AnyInputs = Record<string, Input<unknown>>;
type RequiredKeys<S extends AnyInputs> = { [K in keyof S]: S[K] extends Input<unknown, true> ? K : never }[keyof S];
type ValueOf<I> = I extends Input<infer T> ? T : never;
export type Parsed<S extends AnyInputs> = { [K in RequiredKeys<S>]: ValueOf<S[K]> } & {
  [K in Exclude<keyof S, RequiredKeys<S>>]?: ValueOf<S[K]>;
};

export interface InputSet<S extends AnyInputs> {
  readonly inputs: S;
  readonly fields: PlainInputField[];
  /** Checks and converts `bundle.inputData`; throws one error naming every bad field. Blank optional values are left out. */
  parse(inputData: Record<string, unknown>): Parsed<S>;
}

const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
};

export const invalidInput = (problems: string[]): Error =>
  new errors.Error(`Invalid input. ${problems.join(' ')}`, 'InvalidInput', 400);

export const inputs = <S extends AnyInputs>(definitions: S): InputSet<S> => ({
  inputs: definitions,
  fields: Object.entries(definitions).map(([key, input]) => {
    const field = { key, ...input.field } as PlainInputField;
    return input.kind ? registerKind(field, input.kind) : field;
  }),
  parse(inputData) {
    const problems: string[] = [];
    const result: Record<string, unknown> = {};
    for (const [key, input] of Object.entries(definitions)) {
      const raw = inputData[key];
      const name = `${input.field.label ?? key} (${key})`;
      if (isBlank(raw)) {
        if (input.required) problems.push(`${name} is required.`);
        continue;
      }
      const outcome = input.schema.get().safeParse(raw);
      if (outcome.success) {
        if (!isBlank(outcome.data)) result[key] = outcome.data;
        else if (input.required) problems.push(`${name} is required.`);
      } else {
        const issue = outcome.error.issues[0];
        const position = issue && typeof issue.path[0] === 'number' ? ` (item ${issue.path[0] + 1})` : '';
        problems.push(`${name}${position}: ${issue?.message ?? 'invalid value'}, got "${shown(raw)}".`);
      }
    }
    if (problems.length) throw invalidInput(problems);
    return result as Parsed<S>;
  },
});

// ---------- shaping what an update sends ----------

/** Some keys of an input set left out (an update DTO accepts fewer fields than the create). */
export const omit = <S extends Record<string, unknown>, K extends keyof S>(source: S, ...keys: K[]): Omit<S, K> =>
  Object.fromEntries(Object.entries(source).filter(([key]) => !keys.includes(key as K))) as Omit<S, K>;

type Optional<S> = { [K in keyof S]: S[K] extends Input<infer T> ? Input<T, false> : never };
/** The same inputs with none required: what an update takes. */
export const optional = <S extends Record<string, Input<unknown>>>(definitions: S): Optional<S> =>
  Object.fromEntries(
    Object.entries(definitions).map(([key, input]) => [key, { ...input, required: false, field: { ...input.field, required: false } }]),
  ) as Optional<S>;

/** Drops undefined values, so a body carries only what the user mapped. */
export const compact = <T extends Record<string, unknown>>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;

/** Refuses an update that would send nothing (no field mapped): HighLevel would answer "success" and change nothing. */
export const requireChanges = <T extends Record<string, unknown>>(body: T, what: string): T => {
  const changed = Object.entries(body).filter(([, value]) => !isBlank(value));
  if (changed.length === 0) throw invalidInput([`Map at least one field to change on the ${what}.`]);
  return Object.fromEntries(changed) as T;
};
