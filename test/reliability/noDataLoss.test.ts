import nock from 'nock';
import { DEMO } from '../../sandbox/demo';
import { OBJECTS_DEMO } from '../../sandbox/handlers/objects';
import { operationCases } from '../../sandbox/operationInputs';
import { CURRENT_BLOG_POST } from '../../sandbox/preliminaryReads';
import type { FieldKind, KindInfo } from '../../src/fields/kit';
import { kindOf } from '../../src/fields/kit';
import type { OperationCase, SeenRequest } from './support';
import { answerEveryRequest, bodyOf, detailsOf, requiredAtEveryLevel, runCase, staticFieldsOf } from './support';

/**
 * Issue 8, no data loss: a write sends only what the user mapped. An optional field left blank ("", null, [], "  ")
 * adds nothing to the request (HighLevel would store the blank over the current value); one mapped optional field
 * adds itself and nothing else. And every list an update replaces says so in its help text.
 */

interface Field {
  key: string;
  label?: string;
  required?: boolean;
  list?: boolean;
  helpText?: string;
  default?: string;
  choices?: Record<string, string> | string[];
}
type Json = Record<string, unknown>;

/** The web address a mapped url input gets; a mapped file input's file is there (Upload File to Media Library downloads it). */
const VALID_URL = 'https://example.com/mapped';
const FILE_HOST = new URL(VALID_URL).origin;

const staticFields = (operation: OperationCase): Field[] => staticFieldsOf<Field>(operation);

/** What HighLevel holds before the write, for operations that read first (Update Calendar Group keeps unmapped values). */
const CURRENT = {
  groups: [{ id: DEMO.calendarGroupId, name: 'Current name', description: 'Current description', slug: 'current-slug' }],
  customFields: [{ id: 'cfMembership', name: 'Membership', fieldKey: 'contact.membership', dataType: 'TEXT' }],
  blogs: [CURRENT_BLOG_POST],
  customValue: { id: OBJECTS_DEMO.customValueId, name: 'Current name', fieldKey: '{{ custom_values.current_name }}', value: 'Current value' },
};

/** The record an update that must resend every field reads first (the others send only what is mapped). */
const CURRENT_RECORD: Record<string, Json | undefined> = {
  update_calendar_group: CURRENT.groups[0],
  update_blog_post: CURRENT.blogs[0],
  update_custom_value: CURRENT.customValue, // HighLevel requires both name and value
};
const currentValue = (operationKey: string, key: string): unknown => CURRENT_RECORD[operationKey]?.[key];

/** The one write a step sent: flattened (query keys as `?key`, then body keys, each with its value), and as received. */
interface Write {
  sent: Json;
  to: SeenRequest;
}

/**
 * Runs the step against a HighLevel that answers every read with `CURRENT` and every write with success, and returns
 * the one write it sent. Bodies are read by their Content-Type (JSON, form, or multipart: a file part as its name,
 * type and content).
 */
const writeOf = async (operation: OperationCase, inputData: Json): Promise<Write> => {
  nock.cleanAll(); // the answers of an earlier run in the same test would record into their own list
  const seen = answerEveryRequest((request) =>
    request.method === 'GET' ? { status: 200, body: CURRENT } : { status: 200, body: { succeded: true, id: 'Answered0000000000001' } },
  );
  nock(FILE_HOST).persist().get(/.*/).optionally().reply(200, 'Mapped file content', { 'Content-Type': 'text/plain' });
  const outcome = await runCase(operation, { inputData });
  if (outcome.error) throw new Error(`${operation.key} failed: ${detailsOf(outcome.error).text}`);
  const writes = seen.filter((request) => request.method !== 'GET');
  expect(writes.map((request) => `${request.method} ${request.path}`)).toHaveLength(1);
  const [write] = writes as [(typeof writes)[number]];
  const body = (bodyOf(write) ?? {}) as Json;
  return { sent: { ...Object.fromEntries([...write.query].map(([key, value]) => [`?${key}`, value])), ...body }, to: write };
};

/** "" and null anywhere in a body: HighLevel would store them over the current value. */
const blanksIn = (value: unknown, path = ''): string[] => {
  if (value === '' || value === null) return [path || '(body)'];
  if (Array.isArray(value)) return value.flatMap((entry, index) => blanksIn(entry, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, entry]) => blanksIn(entry, path ? `${path}.${key}` : key));
  return [];
};

/**
 * Writes that make a new record, so a blank overwrites nothing stored. There, and only there, a blank may go where
 * HighLevel's spec leaves no way to leave the property out: required at every level of the write's body.
 */
const NEW_RECORD_WRITES = new Set([
  // POST /invoices/: ContactDetailsDto requires email and phoneNo, which the contact may not have.
  'create_invoice',
  // POST /invoices/{invoiceId}/record-payment records a new payment: RecordPaymentDto requires card {brand, last4},
  // cheque {number} and notes whatever the payment method.
  'record_invoice_payment',
]);

/** The blanks of a write that HighLevel would store: all of them, but those a new record's spec requires (see above). */
const blanksSent = (operation: OperationCase, write: Write): string[] =>
  blanksIn(write.sent).filter((path) => !(NEW_RECORD_WRITES.has(operation.key) && requiredAtEveryLevel(write.to, path)));

/**
 * Lists the spec requires at every level of the body, sent empty with the values that make the write only add the
 * list's items, so an empty list adds nothing and removes nothing: operation → input → those values.
 */
const EMPTY_LIST_ADDS_NOTHING: Record<string, Record<string, Json>> = {
  // UpsertOpportunityDto requires followers, followersActionType and isRemoveAllFollowers.
  upsert_opportunity: { followers: { followersActionType: 'add', isRemoveAllFollowers: false } },
};
const addsNothing = (operation: OperationCase, field: Field, write: Write): boolean => {
  const when = EMPTY_LIST_ADDS_NOTHING[operation.key]?.[field.key];
  const sent = write.sent[field.key];
  return (
    when !== undefined &&
    Array.isArray(sent) &&
    sent.length === 0 &&
    Object.entries(when).every(([key, value]) => JSON.stringify(write.sent[key]) === JSON.stringify(value)) &&
    requiredAtEveryLevel(write.to, field.key)
  );
};

// ---------- values ----------

const BLANKS: unknown[] = ['', null, [], '  '];

/** A value each kind accepts, different from the demo values, so a mapped field is recognisable in the request. */
const VALID: Record<Exclude<FieldKind, 'choice' | 'list'>, unknown> = {
  email: 'mapped.value@example.com',
  phone: '+1 555 010 9999',
  datetime: '2026-12-09T11:00:00Z',
  date: '2026-12-09',
  integer: '3',
  number: '3.5',
  boolean: 'true',
  id: 'MappedValue000000009',
  url: VALID_URL,
  timezone: 'America/Chicago',
  color: '#FFAA00',
  string: 'Mapped value',
  text: 'Mapped value',
  dict: { mappedKey: 'Mapped value' },
};
/** Where a field's form is narrower than its kind. */
const VALID_BY_KEY: Json = { country: 'CA', cardLast4: '4242' };

/**
 * Choices the step fills in itself when left blank, because the spec requires a value: mapping that one would change
 * nothing, so another is mapped (the row checks the step does send it there when blank). operation.input → the value
 * and where in the request it goes.
 */
const FILLED_WHEN_BLANK: Record<string, { value: string; at: string }> = {
  'create_invoice.discountType': { value: 'percentage', at: 'discount.type' }, // DiscountDto requires type; a blank discount is 0 percent
};
const valueAt = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as Json)[key] : undefined), value);

const choicesOf = (field: Field): string[] => (Array.isArray(field.choices) ? field.choices : Object.keys(field.choices ?? {}));
/** A valid value, other than the field's default (mapping the default would change nothing). */
const validValue = (operation: OperationCase, field: Field, info: KindInfo): unknown => {
  if (field.key in VALID_BY_KEY) return VALID_BY_KEY[field.key];
  if (info.kind === 'list') return [field.choices ? choicesOf(field)[0] : VALID[(info.item ?? 'string') as keyof typeof VALID]];
  const filled = FILLED_WHEN_BLANK[`${operation.key}.${field.key}`];
  if (info.kind === 'choice') return choicesOf(field).find((choice) => choice !== field.default && choice !== filled?.value);
  if (info.kind === 'boolean') return field.default === 'true' ? 'false' : 'true';
  return VALID[info.kind];
};

/**
 * Rules of some operations (checked before the request, so a field cannot be mapped alone):
 * `with` — mapped together with these values (in the baseline too); `together` — all or none of a group;
 * `insteadOf` — replaces another input that the case maps.
 */
interface Rule {
  with?: Json;
  together?: string[];
  insteadOf?: string;
  /** With `insteadOf`: what else of the request went with the replaced input, and goes with it. */
  alsoDrops?: string[];
  /** Mapped without its partner, the step refuses it by name (rather than dropping it without a word). */
  refusedAlone?: boolean;
}
const EMAIL_CHANNEL: Rule = { with: { type: 'Email', templateId: 'DemoTemplate00000001' } };
const WALL_TIME: Rule = { with: { startTime: '2026-12-09 11:00' }, refusedAlone: true };
/**
 * A time zone places times written without an offset; the cases' times carry one and are sent as written (HighLevel
 * matches free slots offset included), so the zone is mapped with wall-clock times, which it then places.
 */
const WALL_TIMES: Rule = { with: { startTime: '2026-12-09 11:00', endTime: '2026-12-09 11:30' } };
/** Card and cheque details belong to that payment method: with another, the step refuses them by name. */
const CARD_DETAIL: Rule = { with: { mode: 'card' }, refusedAlone: true };
const SCHEDULE_UNITS: Record<string, Rule> = {
  beforeTimeUnit: { with: { beforeTimeOffset: '2' }, refusedAlone: true },
  afterTimeUnit: { with: { afterTimeOffset: '2' }, refusedAlone: true },
};
const RULES: Record<string, Record<string, Rule>> = {
  bulk_update_contact_tags: { removeAllTags: { with: { type: 'remove' } } },
  update_appointment: { timeZone: WALL_TIME },
  update_block_slot: { timeZone: WALL_TIME, assignedUserId: { insteadOf: 'calendarId' } },
  create_appointment: { timeZone: WALL_TIMES },
  create_block_slot: { timeZone: WALL_TIMES, assignedUserId: { insteadOf: 'calendarId' } },
  record_invoice_payment: { cardBrand: CARD_DETAIL, cardLast4: CARD_DETAIL, chequeNumber: { with: { mode: 'cheque' }, refusedAlone: true } },
  // A file is uploaded instead of a hosted file URL (one or the other): `hosted=true` goes with the URL.
  upload_media_file: { file: { insteadOf: 'fileUrl', alsoDrops: ['hosted'] } },
  create_calendar_notification: SCHEDULE_UNITS,
  update_calendar_notification: SCHEDULE_UNITS,
  send_message: Object.fromEntries(['subject', 'html', 'emailFrom', 'emailTo', 'emailCc', 'emailBcc', 'emailReplyMode'].map((key) => [key, EMAIL_CHANNEL])),
  update_message_status: Object.fromEntries(['errorCode', 'errorType', 'errorMessage'].map((key, _i, group) => [key, { together: group }])),
  create_location: Object.fromEntries(['prospectFirstName', 'prospectLastName', 'prospectEmail'].map((key, _i, group) => [key, { together: group }])),
};

// ---------- the tables ----------

const writeCases = operationCases.filter((operation) => operation.kind === 'creates');
const optionalFieldsOf = (operation: OperationCase) => staticFields(operation).filter((field) => !field.required && !(field.key in operation.inputData));

const blankRows = writeCases
  .filter((operation) => optionalFieldsOf(operation).length > 0)
  .map((operation) => ({ name: operation.key, operation, optional: optionalFieldsOf(operation) }));

const oneFieldRows = blankRows.flatMap(({ operation, optional }) =>
  optional.map((field) => ({ name: `${operation.key} ${field.key}`, operation, optional, field, info: kindOf(field) as KindInfo })),
);

/** List inputs of updates: each replaces the stored list, and its help text must say so. */
const NOT_STORED_LISTS = new Set([
  'update_message_status.recipients', // the recipients a delivery status applies to, not a list kept on a record
]);
const replacingListRows = writeCases
  .filter((operation) => operation.key.startsWith('update_'))
  .flatMap((operation) => staticFields(operation).filter((field) => field.list).map((field) => ({ name: `${operation.key} ${field.key}`, operation, field })))
  .filter(({ operation, field }) => !NOT_STORED_LISTS.has(`${operation.key}.${field.key}`));

const figures = { operations: new Set<string>(), blankFields: 0, blankPassing: 0, mapped: 0, mappedPassing: 0, lists: 0, listsPassing: 0 };
afterAll(() => {
  console.log(
    `noDataLoss: ${figures.operations.size} write operations; ${figures.blankFields} blank optional fields checked, ${figures.blankPassing} passing; ` +
      `${figures.mapped} fields mapped one at a time, ${figures.mappedPassing} passing; ${figures.lists} replacing lists' help text checked, ${figures.listsPassing} passing`,
  );
});

const blanked = (fields: Field[]): Json => Object.fromEntries(fields.map((field, index) => [field.key, BLANKS[index % BLANKS.length]]));

describe('no data loss on writes', () => {
  it('covers the updates and upserts', () => {
    const covered = new Set(blankRows.map(({ operation }) => operation.key));
    const updates = writeCases.map((operation) => operation.key).filter((key) => /^(update|upsert)_/.test(key));
    expect(updates.filter((key) => !covered.has(key) && optionalFieldsOf(operationCases.find((entry) => entry.key === key) as OperationCase).length > 0)).toEqual([]);
    expect(updates.length).toBeGreaterThanOrEqual(20);
  });

  it.each(blankRows)('$name: optional fields left blank add nothing to the request', async ({ operation, optional }) => {
    figures.operations.add(operation.key);
    figures.blankFields += optional.length;
    const { sent: baseline } = await writeOf(operation, operation.inputData);
    const write = await writeOf(operation, { ...operation.inputData, ...blanked(optional) });
    const request = write.sent;
    expect(request).toEqual(baseline);
    expect(blanksSent(operation, write)).toEqual([]);
    // A blank field may only be sent with the value HighLevel holds (an update that must send it reads it first), with
    // its Zapier default (Zapier fills it in, so the user sees what is sent), or as an empty list that adds nothing.
    const sentBlank = optional.filter(
      (field) =>
        field.default === undefined &&
        (field.key in request || `?${field.key}` in request) &&
        JSON.stringify(request[field.key]) !== JSON.stringify(currentValue(operation.key, field.key)) &&
        !addsNothing(operation, field, write),
    );
    expect(sentBlank.map((field) => field.key)).toEqual([]);
    figures.blankPassing += optional.length;
  });

  it.each(oneFieldRows)('$name: mapped alone, it is sent and nothing else changes', async ({ operation, optional, field, info }) => {
    figures.mapped += 1;
    const rule = RULES[operation.key]?.[field.key] ?? {};
    const group = rule.together ?? [field.key];
    const others = blanked(optional.filter((entry) => !group.includes(entry.key)));
    const context = { ...operation.inputData, ...others, ...rule.with };
    const mapped = Object.fromEntries(
      group.map((key) => {
        const member = optional.find((entry) => entry.key === key) as Field;
        return [key, validValue(operation, member, kindOf(member) as KindInfo)];
      }),
    );
    const { sent: baseline } = await writeOf(operation, context);
    const filled = FILLED_WHEN_BLANK[`${operation.key}.${field.key}`];
    if (filled) expect(valueAt(baseline, filled.at)).toBe(filled.value); // the step does fill it in
    const { [rule.insteadOf ?? '']: _replaced, ...kept } = context;
    const write = await writeOf(operation, { ...(rule.insteadOf ? kept : context), ...mapped });
    const request = write.sent;
    const changed = Object.keys(request).filter((key) => JSON.stringify(request[key]) !== JSON.stringify(baseline[key]));
    const dropped = Object.keys(baseline).filter((key) => !(key in request));
    expect(validValue(operation, field, info)).toBeDefined();
    expect(changed.length).toBeGreaterThan(0);
    expect(dropped.sort()).toEqual(rule.insteadOf ? [rule.insteadOf, ...(rule.alsoDrops ?? [])].sort() : []);
    expect(blanksSent(operation, write)).toEqual([]);
    if (rule.refusedAlone) {
      const alone = await runCase(operation, { inputData: { ...operation.inputData, ...others, [field.key]: validValue(operation, field, info) } });
      expect(alone.error && detailsOf(alone.error).text).toContain(`(${field.key}) needs`);
    }
    figures.mappedPassing += 1;
  });

  it.each(replacingListRows)('$name: the help text says the list replaces the current one', ({ operation, field }) => {
    figures.lists += 1;
    expect(field.helpText ?? '').toMatch(/replace/i);
    if (operation.key === 'update_contact' && field.key === 'tags') {
      expect(field.helpText).toMatch(/Add Tags to Contact/);
      expect(field.helpText).toMatch(/Remove Tags from Contact/);
    }
    figures.listsPassing += 1;
  });
});
