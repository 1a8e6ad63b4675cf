import nock from 'nock';
import { operationCases } from '../../sandbox/operationInputs';
import type { FieldKind } from '../../src/fields/kit';
import { kindOf } from '../../src/fields/kit';
import type { OperationCase, SeenRequest, SpecField } from './support';
import { answerSpecRequests, badValueRefusal, bodyOf, detailsOf, Figures, isOwnEndpoint, ownSpecRouteOf, READABLE_ERROR_NAMES, runCase, staticFieldsOf } from './support';

/**
 * Issue 20: inputs judged by HighLevel's spec, not by the app's own declaration of them. Each operation runs once with
 * its valid input; every input whose value lands in a query parameter or top-level body property of the operation's
 * own request is matched to the spec's description of that place. The spec then says what the input must refuse
 * before any request (a word where the spec wants an integer, a value outside its enum, below its minimum, an id with
 * a space, a record where it wants text) and whether it may be left out. A field declared with the wrong builder, or
 * optional where HighLevel requires it, fails here even though its own declaration is consistent.
 * (Path ids: test/reliability/ids.test.ts.)
 */

interface Field {
  key: string;
  label?: string;
}

const figures = new Figures('Inputs judged by the spec');
afterAll(() => figures.print());

const OK = { status: 200, body: {} };
type Primitive = string | number | boolean;
const isPrimitive = (value: unknown): value is Primitive => ['string', 'number', 'boolean'].includes(typeof value);

const staticFieldOf = (entry: OperationCase, key: string): Field | undefined => staticFieldsOf<Field>(entry).find((field) => field.key === key);

/** The value the spec field holds in the request, as text, or undefined when it is absent or not a plain value. */
const sentValue = (request: SeenRequest, field: SpecField): string | undefined => {
  if (field.in === 'query') return request.query.get(field.name) ?? undefined;
  if (field.in !== 'body') return undefined;
  const body = bodyOf(request);
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const value = (body as Record<string, unknown>)[field.name];
  return isPrimitive(value) ? String(value) : undefined;
};

interface Located {
  input: string;
  field: SpecField;
}

/**
 * The inputs of the case whose value is what one spec field of the own request holds, and no other input's value:
 * where the user's value goes, by the spec's name. Values the app converts (dates, phones, labels) are not located.
 */
const locate = (entry: OperationCase, seen: SeenRequest[]): Located[] => {
  const route = ownSpecRouteOf(entry.key);
  const own = seen.filter((request) => isOwnEndpoint(entry.key, request));
  if (!route || own.length !== 1) return [];
  const request = own[0]!;
  const values = Object.values(entry.inputData).filter(isPrimitive).map(String);
  return Object.entries(entry.inputData).flatMap(([input, value]) => {
    if (!isPrimitive(value) || values.filter((other) => other === String(value)).length > 1) return [];
    const holding = route.fields.filter((field) => sentValue(request, field) === String(value));
    return holding.length === 1 ? [{ input, field: holding[0]! }] : [];
  });
};

/** What the spec's description of a place says a user's value must not be. */
const badValuesFor = (field: SpecField): unknown[] => {
  const bounds = [
    ...(field.minimum !== undefined ? [String(field.minimum - 1)] : []),
    ...(field.maximum !== undefined ? [String(field.maximum + 1)] : []),
  ];
  if (field.enum?.length) return ['not-one-of-the-choices'];
  if (field.type === 'integer') return ['1.5', 'twelve', ...bounds];
  if (field.type === 'number') return ['twelve', ...bounds];
  if (field.type === 'boolean') return ['maybe'];
  if (field.format === 'email') return ['not-an-email'];
  if (field.format === 'date-time' || field.format === 'date') return ['yesterday-ish'];
  // An id of HighLevel's (`templateId`, `assignedTo`'s users aside) never holds a space or a slash: a name mapped
  // where an id belongs is refused here instead of by HighLevel's 422.
  if (field.type === 'string' && /Id$/.test(field.name)) return ['a/b', 'a b'];
  if (field.type === 'string') return [{ a: 'record' }];
  return [];
};

interface Row {
  name: string;
  entry: OperationCase;
  input: string;
  field: SpecField;
}

/**
 * A value an optional input accepts, to find where it goes (the spec then judges that place). Only the probe comes
 * from the field's own kind; what it must refuse comes from the spec. Kinds without a plain probe are not probed.
 */
const probeFor = (field: Field & { choices?: unknown }): Primitive | undefined => {
  const kind = kindOf(field)?.kind;
  const choices = field.choices && typeof field.choices === 'object' ? Object.keys(field.choices as object) : [];
  const probes: Partial<Record<FieldKind, Primitive | undefined>> = {
    string: `probe ${field.key}`,
    text: `probe text ${field.key}`,
    id: `Probe${field.key}1`,
    email: `probe.${field.key.toLowerCase()}@example.com`,
    integer: 7,
    number: 7.5,
    boolean: true,
    choice: choices[0],
    url: `https://example.com/${field.key}`,
  };
  return kind ? probes[kind] : undefined;
};

/** Runs a case against a HighLevel that checks the spec; the located inputs among `inputs`. */
const locatedIn = async (entry: OperationCase, inputData: Record<string, unknown>, inputs: string[]): Promise<Row[]> => {
  const seen = answerSpecRequests(() => OK);
  await runCase(entry, { inputData });
  nock.cleanAll();
  return locate({ ...entry, inputData }, seen)
    .filter(({ input }) => inputs.includes(input) && staticFieldOf(entry, input))
    .map(({ input, field }) => ({ name: `${entry.key}.${input} → ${field.in} ${field.name}`, entry: { ...entry, inputData }, input, field }));
};

/**
 * Located inputs of every operation: those its valid case maps, then each other static input given alone beside
 * them (a probe value), each run once against a HighLevel that checks the spec.
 */
const locatedRows = async (): Promise<Row[]> => {
  const rows: Row[] = [];
  for (const entry of operationCases) {
    rows.push(...(await locatedIn(entry, entry.inputData, Object.keys(entry.inputData))));
    const others = staticFieldsOf<Field>(entry).filter((field) => !(field.key in entry.inputData));
    for (const field of others) {
      const probe = probeFor(field);
      if (probe !== undefined) rows.push(...(await locatedIn(entry, { ...entry.inputData, [field.key]: probe }, [field.key])));
    }
  }
  return rows;
};

let rows: Row[] = [];
beforeAll(async () => {
  rows = await locatedRows();
}, 120_000);

describe('inputs judged by the spec', () => {
  it('locates the inputs of most operations in their own request', () => {
    const operations = new Set(rows.map((row) => row.entry.key));
    figures.note('located', `${rows.length} inputs of ${operations.size} operations`);
    // A floor, so that a change which stops the table from finding where inputs go cannot pass unnoticed.
    expect(operations.size).toBeGreaterThanOrEqual(75);
    expect(rows.length).toBeGreaterThanOrEqual(300);
  });

  it('each refuses, before any request, the values its place in the spec cannot hold', async () => {
    const failures: string[] = [];
    for (const { name, entry, input, field } of rows) {
      const label = staticFieldOf(entry, input)?.label ?? input;
      for (const value of badValuesFor(field)) {
        await figures.check(`bad values (${field.type ?? 'any'}${field.format ? ` ${field.format}` : ''})`, async () => {
          const seen = answerSpecRequests(() => OK);
          const outcome = await runCase(entry, { inputData: { ...entry.inputData, [input]: value } });
          const refusal = outcome.error ? detailsOf(outcome.error).text : '';
          const named = badValueRefusal(label, input).test(refusal);
          if (!named || seen.length > 0) {
            failures.push(`${name} = ${JSON.stringify(value)}: ${refusal ? refusal.slice(0, 160) : `no refusal, ${seen.length} request(s) sent`}`);
          }
        });
        nock.cleanAll();
      }
    }
    expect(failures).toEqual([]);
  });

  it('each the spec requires is required, or the step still sends it, or writes nothing', async () => {
    const failures: string[] = [];
    for (const { name, entry, input, field } of rows.filter((row) => row.field.required)) {
      await figures.check('required by the spec', async () => {
        const seen = answerSpecRequests(() => OK);
        const { [input]: _left, ...inputData } = entry.inputData;
        const outcome = await runCase(entry, { inputData });
        const refusal = outcome.error ? detailsOf(outcome.error).text : '';
        const own = seen.filter((request) => isOwnEndpoint(entry.key, request));
        const stillSent = own.length > 0 && own.every((request) => sentValue(request, field) !== undefined || field.in === 'body');
        // Refused naming the input ("is required", or a rule that names it: "Choose either a Calendar (calendarId)…").
        const refusedNamingIt = Boolean(outcome.error) && detailsOf(outcome.error!).code === 'InvalidInput' && refusal.includes(`(${input})`);
        // Or nothing reached the endpoint and the user reads why: Update Custom Value fills a name left out from
        // HighLevel's current record, and refuses when the answer lacks it (this HighLevel answers {}).
        const nothingWritten = own.length === 0 && Boolean(outcome.error) && READABLE_ERROR_NAMES.includes(detailsOf(outcome.error!).name);
        if (!refusedNamingIt && !nothingWritten && !(stillSent && seen.problems.length === 0)) {
          failures.push(`${name}: ${refusal ? refusal.slice(0, 160) : `sent ${own.length} request(s) without it: ${seen.problems.join('; ')}`}`);
        }
        nock.cleanAll();
      });
    }
    expect(failures).toEqual([]);
  });
});
