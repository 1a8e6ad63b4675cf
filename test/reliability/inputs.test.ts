import { operationCases } from '../../sandbox/operationInputs';
import type { FieldKind, KindInfo } from '../../src/fields/kit';
import { kindOf } from '../../src/fields/kit';
import { subAccountInput } from '../../src/fields/subAccount';
import App from '../../index';
import { LOCATION_ID, operationOf } from '../helpers';
import type { OperationCase, Outcome, SeenRequest } from './support';
import { answerEveryRequest, authDataFor, badValueRefusal, detailsOf, runAppFunction, runCase, staticFieldsOf } from './support';

/**
 * Issue 8: every input of every operation is checked before any request. Table-driven from `operationCases`
 * (a valid input per operation): replace one field with a bad value of its kind, or leave a required field out,
 * and the step must fail naming the field and the form expected, with nothing sent to HighLevel.
 */

interface Field {
  key: string;
  label?: string;
  required?: boolean;
  choices?: unknown;
}
type DynamicFields = (z: unknown, bundle: unknown) => Promise<Field[]>;

const inputFieldsOf = (operation: OperationCase): unknown[] => operationOf(operation.kind, operation.key).inputFields ?? [];
const staticFields = (operation: OperationCase): Field[] => staticFieldsOf<Field>(operation);
/** Dynamic inputs besides the agency connection's Sub-account choice: the custom fields of contacts and opportunities. */
const dynamicFields = (operation: OperationCase): DynamicFields[] =>
  inputFieldsOf(operation).filter((field): field is DynamicFields => typeof field === 'function' && field !== subAccountInput);

/**
 * Values each kind must refuse (a list gets them as one bad item). Free text refuses a record mapped where one value
 * belongs. (What HighLevel's spec says of each input: test/reliability/specInputs.test.ts.)
 */
const RECORD = { a: 'record' };
const BAD_VALUES: Partial<Record<FieldKind, unknown[]>> = {
  string: [RECORD],
  text: [RECORD],
  email: ['not-an-email'],
  phone: ['12ab', '123'],
  datetime: ['yesterday-ish', '2026-02-30'],
  date: ['2026-02-30', 'yesterday-ish'],
  integer: ['1.5', 'twelve'],
  number: ['twelve'],
  boolean: ['maybe'],
  choice: ['not-one-of-the-choices'],
  id: ['a/b', 'a b', '..'],
  url: ['ftp://x', 'not a web address'],
  timezone: ['Mars/Olympus'],
  color: ['red'],
  dict: ['just text'],
};

const badValuesFor = (field: Field, info: KindInfo): unknown[] => {
  if (info.kind !== 'list') return BAD_VALUES[info.kind] ?? [];
  // A list whose items are free text but that offers choices must still refuse a value outside them.
  const itemValues = [...new Set([...(BAD_VALUES[info.item ?? 'string'] ?? []), ...(field.choices ? BAD_VALUES.choice ?? [] : [])])];
  return itemValues.map((value) => [value]);
};

/** One custom field of each checked HighLevel type; their inputs come from the operation's dynamic fields function. */
const CUSTOM_FIELDS = [
  { id: 'cfScore', name: 'Score', fieldKey: 'contact.score', dataType: 'NUMERICAL' },
  { id: 'cfBudget', name: 'Budget', fieldKey: 'contact.budget', dataType: 'MONETORY' },
  { id: 'cfRenewal', name: 'Renewal Date', fieldKey: 'contact.renewal', dataType: 'DATE' },
  { id: 'cfMobile', name: 'Second Phone', fieldKey: 'contact.second_phone', dataType: 'PHONE' },
];

/** A HighLevel that answers everything: the requests a step sends are all seen (custom field definitions answered). */
const CUSTOM_FIELD_DEFINITIONS = `/locations/${LOCATION_ID}/customFields`;
let seen: SeenRequest[] = [];
beforeEach(() => {
  seen = answerEveryRequest((request) =>
    request.path === CUSTOM_FIELD_DEFINITIONS ? { status: 200, body: { customFields: CUSTOM_FIELDS } } : { status: 200, body: {} },
  );
});

const figures = { operations: new Set<string>(), fields: new Set<string>(), badValues: 0, passing: 0, required: 0, requiredPassing: 0 };
afterAll(() => {
  console.log(
    `inputs: ${figures.operations.size} operations × ${figures.fields.size} checkable fields × bad values = ${figures.badValues} checked, ${figures.passing} passing; ` +
      `${figures.required} required fields left out, ${figures.requiredPassing} passing`,
  );
});

/** The sentence a refused step shows, or a note of what happened instead. */
const refusalOf = (outcome: Outcome): string =>
  outcome.error ? detailsOf(outcome.error).text : `no refusal, the step returned ${JSON.stringify(outcome.result)?.slice(0, 200)}`;

/**
 * Inputs given instead of another that the operation's case maps (one or the other, never both): a bad value is tried
 * without that other one, as a user mapping this input would. operation → input → the input it stands in for.
 */
const INSTEAD_OF: Record<string, Record<string, string>> = {
  // A file to upload, or a hosted file URL: with both, the step refuses the pair before it looks at the file.
  upload_media_file: { file: 'fileUrl' },
};

/** The case's valid input with `value` in `field`, and without the input that `field` stands in for. */
const inputWith = (operation: OperationCase, field: Field, value: unknown): Record<string, unknown> => {
  const { [INSTEAD_OF[operation.key]?.[field.key] ?? '']: _replaced, ...kept } = operation.inputData;
  return { ...kept, [field.key]: value };
};

/** Runs the step with one bad value and expects a refusal naming the field and the form. */
const expectRefused = async (operation: OperationCase, field: Field, value: unknown) => {
  figures.badValues += 1;
  const outcome = await runCase(operation, { inputData: inputWith(operation, field, value) });
  expect(refusalOf(outcome)).toMatch(badValueRefusal(field.label ?? field.key, field.key));
  figures.passing += 1;
};

/** Requests other than reading the custom field definitions (which the check of custom field values needs). */
const requestsSent = () => seen.filter((request) => request.path !== CUSTOM_FIELD_DEFINITIONS).map((request) => `${request.method} ${request.path}`);

// ---------- the tables ----------

const staticRows = operationCases.flatMap((operation) =>
  staticFields(operation).map((field) => ({ operation, field, info: kindOf(field) })),
);

const badValueRows = staticRows.flatMap(({ operation, field, info }) =>
  info ? badValuesFor(field, info).map((value) => ({ name: `${operation.key} ${field.key} = ${JSON.stringify(value)}`, operation, field, value })) : [],
);

const requiredRows = staticRows
  .filter(({ field }) => field.required)
  .map(({ operation, field }) => ({ name: `${operation.key} ${field.key}`, operation, field }));

describe('every input of every operation', () => {
  it('covers every operation, and every static input field has a registered kind', () => {
    const app = App as unknown as Record<OperationCase['kind'], Record<string, { operation: { type?: string } }>>;
    // Instant triggers (hooks) send nothing to HighLevel from their inputs: test/triggers/instant covers their filter.
    const everyKey = (['triggers', 'creates', 'searches'] as const).flatMap((kind) =>
      Object.entries(app[kind]).filter(([, definition]) => definition.operation.type !== 'hook').map(([key]) => key),
    );
    expect(operationCases.map((operation) => operation.key).sort()).toEqual(everyKey.sort());
    expect(staticRows.filter(({ info }) => !info).map(({ operation, field }) => `${operation.key}.${field.key}`)).toEqual([]);
    expect(badValueRows.length).toBeGreaterThan(200);
    // Each input given instead of another is one of the operation's, and the other is mapped by its case.
    const stale = Object.entries(INSTEAD_OF).flatMap(([key, inputs]) =>
      Object.entries(inputs).filter(([input, other]) => {
        const operation = operationCases.find((entry) => entry.key === key);
        return !operation || !staticFields(operation).some((field) => field.key === input) || !(other in operation.inputData);
      }),
    );
    expect(stale).toEqual([]);
  });

  it.each(badValueRows)('refuses $name before any request', async ({ operation, field, value }) => {
    figures.operations.add(operation.key);
    figures.fields.add(`${operation.key}.${field.key}`);
    await expectRefused(operation, field, value);
    expect(seen.map((request) => `${request.method} ${request.path}`)).toEqual([]);
  });

  it.each(requiredRows)('refuses $name when it is left out, before any request', async ({ operation, field }) => {
    figures.required += 1;
    const { [field.key]: _left, ...inputData } = operation.inputData;
    expect(refusalOf(await runCase(operation, { inputData }))).toContain(`${field.label ?? field.key} (${field.key}) is required.`);
    expect(seen.map((request) => `${request.method} ${request.path}`)).toEqual([]);
    figures.requiredPassing += 1;
  });
});

// ---------- custom fields (dynamic inputs) ----------

const customRows = operationCases
  // Custom object properties are dynamic too (from the object's schema): their refusals are tested in test/creates/objects.
  .filter((operation) => dynamicFields(operation).length > 0 && !operation.key.endsWith('_custom_object_record'))
  .flatMap((operation) => CUSTOM_FIELDS.map((definition) => ({ name: `${operation.key} ${definition.dataType}`, operation, definition })));

describe('custom field inputs', () => {
  it('are offered by the contact and opportunity writes', () => {
    expect([...new Set(customRows.map(({ operation }) => operation.key))].sort()).toEqual(
      ['create_contact', 'create_opportunity', 'update_contact', 'update_opportunity', 'upsert_contact'].sort(),
    );
  });

  it.each(customRows)('$name: refuses a bad value before any write', async ({ operation, definition }) => {
    const bundle = { authData: authDataFor(operation), inputData: operation.inputData };
    const produced = (await Promise.all(dynamicFields(operation).map((fields) => runAppFunction(fields, bundle) as Promise<Field[]>))).flat();
    const field = produced.find((entry) => entry.key === `customField_${definition.id}`);
    const info = field && kindOf(field);
    expect(info?.kind).toMatch(/^(number|datetime|phone)$/);
    const values = field && info ? badValuesFor(field, info) : [];
    expect(values.length).toBeGreaterThan(0);
    figures.operations.add(operation.key);
    for (const value of values) {
      figures.fields.add(`${operation.key}.${field?.key}`);
      await expectRefused(operation, field as Field, value);
    }
    expect(requestsSent()).toEqual([]);
  });
});
