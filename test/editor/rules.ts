import App from '../../index';
import { kindOf } from '../../src/fields/kit';

/**
 * The editor rules a test can tell, over every visible operation of the app (the catalog's and any added later):
 * each rule lists its violations as "operation · field: problem", so a failure says exactly what to fix.
 */

type Field = { key: string; label?: string; helpText?: string; required?: boolean; list?: boolean; dynamic?: string; search?: string };
type OutputField = { key: string; label?: string };
type Operation = { inputFields?: unknown[]; sample?: Record<string, unknown>; outputFields?: unknown[] };
type Definition = { key: string; noun?: string; display?: { label?: string; description?: string; hidden?: boolean }; operation: Operation };
type SearchOrCreate = {
  key: string;
  search: string;
  create: string;
  update?: string;
  updateInputFromSearchOutput?: Record<string, string>;
  searchUniqueInputToOutputConstraint?: Record<string, string>;
};
export type Kind = 'triggers' | 'creates' | 'searches';

const app = App as unknown as Record<Kind, Record<string, Definition>> & { searchOrCreates?: Record<string, SearchOrCreate> };

export const visibleOperations = (): Array<{ kind: Kind; definition: Definition }> =>
  (['triggers', 'creates', 'searches'] as const).flatMap((kind) =>
    Object.values(app[kind] ?? {})
      .filter((definition) => !definition.display?.hidden)
      .map((definition) => ({ kind, definition })),
  );

const fieldsOf = (definition: Definition): Field[] =>
  (definition.operation.inputFields ?? []).filter((field): field is Field => Boolean(field) && typeof field === 'object');
const outputsOf = (definition: Definition): OutputField[] =>
  (definition.operation.outputFields ?? []).filter((field): field is OutputField => Boolean(field) && typeof field === 'object');

type Rule = (definition: Definition, kind: Kind) => string[];

/** Zapier shows required inputs first; an optional one above a required one hides it below the fold. */
const requiredFirst: Rule = (definition) => {
  const fields = fieldsOf(definition);
  const lastRequired = fields.map((field) => Boolean(field.required)).lastIndexOf(true);
  return fields
    .slice(0, Math.max(lastRequired, 0))
    .filter((field) => !field.required)
    .map((field) => `${field.key}: optional input above a required one`);
};

/** Several values are a list field (`list: true`), never "separate them with commas". */
const noCommaLists: Rule = (definition) =>
  fieldsOf(definition)
    .filter((field) => /\bcomma|comma-separated/i.test(`${field.label ?? ''} ${field.helpText ?? ''}`))
    .map((field) => `${field.key}: help asks for comma-separated values`);

// A URL is fine inside `backticks` or as the target of a markdown link `[text](url)`.
const bareUrls = (text: string): string[] =>
  text
    .replace(/`[^`]*`/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .match(/https?:\/\/[^\s)]+/g) ?? [];

const urlsFormatted: Rule = (definition) => [
  ...bareUrls(definition.display?.description ?? '').map((url) => `description: bare URL ${url}`),
  ...fieldsOf(definition).flatMap((field) => bareUrls(field.helpText ?? '').map((url) => `${field.key}: bare URL ${url}`)),
];

export const DESCRIPTION_LIMIT = 160;
const conciseDescription: Rule = (definition) => {
  const length = (definition.display?.description ?? '').length;
  return length > DESCRIPTION_LIMIT ? [`description: ${length} characters (at most ${DESCRIPTION_LIMIT})`] : [];
};

const deleteWarns: Rule = (definition, kind) =>
  kind === 'creates' && /^delete_/.test(definition.key) && !/cannot be undone/i.test(definition.display?.description ?? '')
    ? ['description: a delete does not say it cannot be undone']
    : [];

// HighLevel's location is a "Sub-account", said one way.
const LOCATION_WORDS = /\blocation id\b|\bsub-account id\b|sub-account \(location\)|\(location\) id/i;
const subAccountWording: Rule = (definition) => [
  ...fieldsOf(definition)
    .filter((field) => LOCATION_WORDS.test(`${field.label ?? ''}\n${field.helpText ?? ''}`))
    .map((field) => `${field.key}: says "${`${field.label ?? ''} ${field.helpText ?? ''}`.match(LOCATION_WORDS)?.[0]}"`),
  ...outputsOf(definition)
    .filter((field) => LOCATION_WORDS.test(field.label ?? ''))
    .map((field) => `output ${field.key}: labelled "${field.label}"`),
];

// An input that takes ids by its key (`contactId`, `userIds`, `id`); lists of emails named `…Ids` are not ids.
const isIdInput = (field: Field): boolean => {
  const kind = kindOf(field);
  return /(^id|Id|Ids|_id)$/.test(field.key) && kind?.kind !== 'email' && kind?.item !== 'email';
};

/**
 * An id a user would otherwise type is a dropdown (backed by an existing trigger; its search link, if any, an existing
 * search); where HighLevel has no list, the label names the thing (not "… ID") and the help says which earlier step's
 * output to map.
 */
const idInputs: Rule = (definition) =>
  fieldsOf(definition)
    .filter(isIdInput)
    .flatMap((field) => {
      if (field.dynamic) {
        const trigger = field.dynamic.split('.')[0] ?? '';
        const problems = app.triggers[trigger] ? [] : [`${field.key}: dropdown ${trigger} does not exist`];
        const search = field.search?.split('.')[0];
        if (search && !app.searches[search]) problems.push(`${field.key}: search ${search} does not exist`);
        // Where a search finds that kind of record, the single-value dropdown offers it ("search for one").
        const searchOfNoun = Object.values(app.searches).find((candidate) => !candidate.display?.hidden && candidate.noun === app.triggers[trigger]?.noun);
        if (!field.search && !field.list && searchOfNoun && searchOfNoun.key !== definition.key)
          problems.push(`${field.key}: no search link to ${searchOfNoun.key}`);
        return problems;
      }
      const problems: string[] = [];
      if (/\bIDs?\s*$/i.test(field.label ?? '')) problems.push(`${field.key}: no dropdown, and labelled "${field.label}" (name the thing)`);
      if (!/earlier step|previous step/i.test(field.helpText ?? '')) problems.push(`${field.key}: no dropdown, and the help does not say which earlier step to map`);
      return problems;
    });

type Walk = (value: unknown, path: string) => string[];
/** Visits every key of a sample, nested objects and list items included; `holder` is the object the key is in. */
const walk =
  (visit: (value: unknown, key: string, path: string, holder: Record<string, unknown>) => string[]): Walk =>
  (value, path) => {
    if (Array.isArray(value)) return value.flatMap((item, index) => walk(visit)(item, `${path}[${index}]`));
    if (value && typeof value === 'object')
      return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => [
        ...visit(item, key, `${path}.${key}`, value as Record<string, unknown>),
        ...walk(visit)(item, `${path}.${key}`),
      ]);
    return [];
  };

// HighLevel's custom field ids (20 characters) are specific to one account: a sample shows none.
const CUSTOM_FIELD_ID = /^[A-Za-z0-9]{20}$/;
const noCustomFieldIds: Rule = (definition) =>
  walk((value, key, path) => {
    if (key === 'customField' && value && typeof value === 'object' && !Array.isArray(value))
      return Object.keys(value).filter((id) => CUSTOM_FIELD_ID.test(id)).map((id) => `sample${path}: custom field id ${id}`);
    if (/^customFields?$/.test(key) && Array.isArray(value))
      return value
        .filter((item) => item && typeof item === 'object' && CUSTOM_FIELD_ID.test(String((item as { id?: unknown }).id ?? '')))
        .map((item) => `sample${path}: custom field id ${String((item as { id: unknown }).id)}`);
    return [];
  })(definition.operation.sample, '');

// A time in a sample: ISO 8601 with a zone (`Z` or an offset). A calendar day alone (a birthday, a slot's day) has no zone.
const LOOKS_LIKE_DATE = /^\d{4}-\d{2}-\d{2}/;
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
/**
 * The one exception: HighLevel's own text of a date, kept as `<date>Raw` beside the ISO `<date>` it was read into
 * (docs/highlevel-in-practice.md, rows 10 and 12). GET /contacts/{contactId}/appointments writes wall-clock times
 * ("2026-07-16 11:00:00") in the sub-account's zone without naming it; `list_contact_appointments` outputs them as ISO
 * 8601 in that zone and keeps what HighLevel wrote, for a user who needs exactly that (or doubts the zone we assumed).
 * Giving the raw text a zone would make it no longer HighLevel's text, so it is exempt, but only beside its ISO twin
 * in the same object: a zone-less `…Raw` alone, or beside a `<date>` that is itself zone-less, is still a violation.
 * (This replaces a blanket exemption of `list_contact_appointments`, which also let its ISO dates go unchecked.)
 */
const isRawBesideIso = (key: string, holder: Record<string, unknown>): boolean => {
  if (!key.endsWith('Raw')) return false;
  const twin = holder[key.slice(0, -'Raw'.length)];
  return typeof twin === 'string' && ISO_WITH_ZONE.test(twin);
};
const isoDates: Rule = (definition) =>
  walk((value, key, path, holder) =>
    typeof value === 'string' && LOOKS_LIKE_DATE.test(value) && !CALENDAR_DAY.test(value) && !ISO_WITH_ZONE.test(value) && !isRawBesideIso(key, holder)
      ? [`sample${path}: "${value}" is not ISO 8601 with a zone`]
      : [],
  )(definition.operation.sample, '');

/**
 * A watch trigger's `id` is the record id plus a change marker (`<id>:<marker>`): labelled as such, with the record's
 * own id as a separate labelled output.
 */
const watchIds: Rule = (definition, kind) => {
  const sample = definition.operation.sample ?? {};
  if (kind !== 'triggers' || typeof sample.id !== 'string' || !sample.id.includes(':')) return [];
  const recordId = sample.id.slice(0, sample.id.indexOf(':'));
  const outputs = outputsOf(definition);
  const problems: string[] = [];
  const idLabel = outputs.find((field) => field.key === 'id')?.label ?? '';
  if (!/change|\+/i.test(idLabel)) problems.push(`output id: labelled "${idLabel}", not as the record id plus a change marker`);
  const recordKeys = Object.keys(sample).filter((key) => key !== 'id' && sample[key] === recordId);
  const labelled = outputs.filter((field) => recordKeys.includes(field.key) && field.label && !/^ID$/i.test(field.label));
  if (labelled.length === 0) problems.push(`the record's own id (${recordId}) is not a separate labelled output`);
  return problems;
};

export const rules: Record<string, Rule> = {
  'required inputs first': requiredFirst,
  'list fields, not comma-separated values': noCommaLists,
  'URLs in backticks or markdown links': urlsFormatted,
  [`descriptions at most ${DESCRIPTION_LIMIT} characters`]: conciseDescription,
  'deletes warn they cannot be undone': deleteWarns,
  '"Sub-account", never "Location ID"': subAccountWording,
  'id inputs: a dropdown, or a named input mapped from an earlier step': idInputs,
  'samples hold no custom field ids': noCustomFieldIds,
  'sample dates ISO 8601 with a zone': isoDates,
  "watch triggers' compound id labelled, record id separate": watchIds,
};

export const violationsOf = (rule: Rule): string[] =>
  visibleOperations().flatMap(({ kind, definition }) => rule(definition, kind).map((problem) => `${definition.key} · ${problem}`));

/** Search-or-create pairs whose create has an update action beside it (`create_x` → `update_x`) offer "update if found". */
export const searchOrCreateViolations = (): string[] =>
  Object.values(app.searchOrCreates ?? {}).flatMap((pair) => {
    const update = pair.create.replace(/^create_/, 'update_');
    const updateAction = app.creates[update];
    const search = app.searches[pair.search];
    if (!updateAction) return [];
    if (!search) return [`${pair.key}: search ${pair.search} does not exist`];
    if (pair.update !== update) return [`${pair.key}: does not offer "update if found" with ${update}`];
    const updateInputs = new Set(fieldsOf(updateAction).map((field) => field.key));
    const searchInputs = new Set(fieldsOf(search).map((field) => field.key));
    const searchOutputs = new Set(outputsOf(search).map((field) => field.key));
    return [
      ...Object.entries(pair.updateInputFromSearchOutput ?? {}).flatMap(([input, output]) => [
        ...(updateInputs.has(input) ? [] : [`${pair.key}: ${update} has no input ${input}`]),
        ...(searchOutputs.has(output) ? [] : [`${pair.key}: ${pair.search} has no output ${output}`]),
      ]),
      ...(Object.keys(pair.updateInputFromSearchOutput ?? {}).length ? [] : [`${pair.key}: no search output mapped to the update's id`]),
      ...Object.entries(pair.searchUniqueInputToOutputConstraint ?? {}).flatMap(([input, output]) => [
        ...(searchInputs.has(input) ? [] : [`${pair.key}: ${pair.search} has no input ${input}`]),
        ...(searchOutputs.has(output) ? [] : [`${pair.key}: ${pair.search} has no output ${output}`]),
      ]),
    ];
  });
