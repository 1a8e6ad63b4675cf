import nock from 'nock';
import type { Bundle, ZObject } from 'zapier-platform-core';
import {
  customFieldInput,
  customFieldInputs,
  customFieldOutputs,
  customFieldValue,
  customFieldWrites,
  labelCustomFields,
} from '../../src/fields/customFields';
import { kindOf } from '../../src/fields/kit';
import { connectionCacheKey } from '../../src/http/cache';
import { appTester, authData, highLevel, LOCATION_ID } from '../helpers';

/**
 * The contract of src/fields/customFields.ts: typed inputs, labelled outputs (key `customField__<id>`, label
 * "Custom field: <name>"), values converted per HighLevel type, writes in the shape asked for, and the labelling of
 * a record's answer whichever value key HighLevel used (`value`, `field_value`, `fieldValue`).
 */

const DEFINITIONS = [
  { id: 'cfScore', name: 'Score', fieldKey: 'contact.score', dataType: 'NUMERICAL', model: 'contact' },
  { id: 'cfKeyOnly', fieldKey: 'contact.key_only', dataType: 'TEXT', model: 'contact' },
  { id: 'cfBare', dataType: 'TEXT' },
  { id: 'cfDeal', name: 'Deal size', dataType: 'MONETORY', model: 'opportunity' },
  { name: 'No id', dataType: 'TEXT' },
];

const withZ = <T>(action: (z: ZObject, bundle: Bundle) => Promise<T>, inputData: Record<string, unknown> = {}): Promise<T> =>
  appTester(action as never, { authData, inputData } as never) as Promise<T>;

const definitionsServed = (model: 'contact' | 'opportunity' = 'contact', times = 1) =>
  highLevel().get(`/locations/${LOCATION_ID}/customFields`).query({ model }).times(times).reply(200, { customFields: DEFINITIONS });

describe('custom field output fields', () => {
  it('label each field of the model by name, else field key, else id, under customField__<id>', async () => {
    const scope = definitionsServed();
    expect(await withZ(customFieldOutputs('contact'))).toEqual([
      { key: 'customField__cfScore', label: 'Custom field: Score' },
      { key: 'customField__cfKeyOnly', label: 'Custom field: contact.key_only' },
      { key: 'customField__cfBare', label: 'Custom field: cfBare' },
    ]);
    scope.done();
  });

  it('read the definitions once per connection (cached)', async () => {
    const scope = definitionsServed();
    await withZ(async (z, bundle) => {
      await customFieldOutputs('contact')(z, bundle);
      return customFieldInputs('contact')(z, bundle);
    });
    scope.done();
  });
});

describe('custom field definitions', () => {
  it('are cached per model, under the customFields entry of the connection', async () => {
    const contact = definitionsServed('contact');
    const opportunity = highLevel()
      .get(`/locations/${LOCATION_ID}/customFields`)
      .query({ model: 'opportunity' })
      .reply(200, { customFields: [{ id: 'cfDeal', name: 'Deal size', dataType: 'MONETORY', model: 'opportunity' }] });
    const outputs = await withZ(async (z, bundle) => [await customFieldOutputs('contact')(z, bundle), await customFieldOutputs('opportunity')(z, bundle)]);
    expect(outputs[1]).toEqual([{ key: 'customField__cfDeal', label: 'Custom field: Deal size' }]);
    expect(Object.keys(appTester.zcacheTestObj).sort()).toEqual([
      connectionCacheKey({ authData } as never, 'customFields', LOCATION_ID, 'contact'),
      connectionCacheKey({ authData } as never, 'customFields', LOCATION_ID, 'opportunity'),
    ]);
    contact.done();
    opportunity.done();
  });

  it('are none when the answer lists no customFields', async () => {
    const scope = highLevel().get(`/locations/${LOCATION_ID}/customFields`).query({ model: 'contact' }).reply(200, { traceId: 'tr' });
    expect(await withZ(customFieldInputs('contact'))).toEqual([]);
    scope.done();
  });

  it('are read with a GET: an empty answer is reported as a read to try again', async () => {
    const scope = highLevel().get(`/locations/${LOCATION_ID}/customFields`).query({ model: 'contact' }).reply(200, '');
    const error = (await withZ(customFieldInputs('contact')).catch((caught: Error) => caught)) as Error;
    expect(JSON.parse(error.message)).toEqual({
      message: `HighLevel answered GET /locations/${LOCATION_ID}/customFields with an empty response (HTTP 200) where data was expected. Try again later.`,
      code: 'InvalidResponse',
      status: 200,
    });
    scope.done();
  });
});

describe('custom field inputs', () => {
  it('are typed per HighLevel type and say which field they write', () => {
    expect(customFieldInput({ id: 'a', name: 'Score', fieldKey: 'contact.score', dataType: 'NUMERICAL' })).toEqual({
      key: 'customField_a',
      label: 'Score',
      required: false,
      type: 'number',
      helpText: 'Custom field `contact.score` (numerical). Leave empty to keep the current value.',
    });
    // Options that are no text (HighLevel's data, not its spec) are left out with the empty ones.
    expect(customFieldInput({ id: 'b', dataType: 'MULTIPLE_OPTIONS', picklistOptions: ['x', '', 7 as unknown as string, 'y'] })).toEqual({
      key: 'customField_b',
      label: 'b',
      required: false,
      type: 'string',
      list: true,
      choices: ['x', 'y'],
      helpText: 'Custom field b (multiple options). Leave empty to keep the current value.',
    });
    expect(customFieldInput({ id: 'c', name: 'Notes', dataType: 'large_text' })).toMatchObject({ type: 'text', label: 'Notes' });
    expect(customFieldInput({ id: 'd', name: 'When', dataType: 'DATE' })).toMatchObject({ type: 'datetime' });
    expect(customFieldInput({ id: 'e', name: 'Pick', dataType: 'SINGLE_OPTIONS', picklistOptions: [] })).not.toHaveProperty('choices');
    expect(customFieldInput({ id: 'f', name: 'Plain' })).toMatchObject({ type: 'string', helpText: 'Custom field f (text). Leave empty to keep the current value.' });
    expect(customFieldInput({ id: 'g', dataType: 'FILE_UPLOAD' })).toBeUndefined();
    expect(customFieldInput({ id: 'h', dataType: 'SIGNATURE' })).toBeUndefined();
  });

  it('register the kind the reliability tables check them by', () => {
    const kinds = ['NUMERICAL', 'MONETARY', 'DATE', 'PHONE', 'LARGE_TEXT', 'TEXT', 'CHECKBOX'].map((dataType) => kindOf(customFieldInput({ id: 'x', dataType })!));
    expect(kinds).toEqual([
      { kind: 'number' },
      { kind: 'number' },
      { kind: 'datetime' },
      { kind: 'phone' },
      { kind: 'text' },
      { kind: 'string' },
      { kind: 'list', item: 'string' },
    ]);
  });

  it('leave out the fields a Zap cannot write (file uploads, signatures)', async () => {
    const scope = highLevel()
      .get(`/locations/${LOCATION_ID}/customFields`)
      .query({ model: 'contact' })
      .reply(200, {
        customFields: [
          { id: 'cfFile', name: 'Contract', dataType: 'FILE_UPLOAD' },
          { id: 'cfNote', name: 'Note', dataType: 'TEXT' },
          { id: 'cfSign', name: 'Signature', dataType: 'SIGNATURE' },
        ],
      });
    expect((await withZ(customFieldInputs('contact'))).map((field) => field.key)).toEqual(['customField_cfNote']);
    scope.done();
  });

  it('keep only the model definitions with an id', async () => {
    const scope = definitionsServed();
    expect((await withZ(customFieldInputs('contact'))).map((field) => field.key)).toEqual(['customField_cfScore', 'customField_cfKeyOnly', 'customField_cfBare']);
    scope.done();
  });
});

describe('customFieldValue', () => {
  it.each<[string, unknown, { value?: unknown; expected?: string }]>([
    ['NUMERICAL', ' 12.5 ', { value: 12.5 }],
    ['MONETARY', '-3', { value: -3 }],
    ['NUMERICAL', 'twelve', { expected: 'a number such as 12.5' }],
    ['NUMERICAL', 'Infinity', { expected: 'a number such as 12.5' }],
    ['DATE', '2026-01-31T10:00:00Z', { value: '2026-01-31' }],
    ['DATE', '2026-02-30', { expected: 'a date such as 2026-01-31' }],
    ['PHONE', '+1 (555) 123-4567', { value: '+15551234567' }],
    ['PHONE', '12ab', { expected: 'a phone number such as +1 555 123 4567' }],
    ['CHECKBOX', ['a, b', '', ' c '], { value: ['a', 'b', 'c'] }],
    ['MULTIPLE_OPTIONS', 'x,,y', { value: ['x', 'y'] }],
    ['TEXT', [' one ', 'two'], { value: 'one, two' }],
    ['TEXT', '  kept  ', { value: 'kept' }],
    ['TEXT', ['one', '', null, ' ', 'two'], { value: 'one, two' }],
    ['NUMERICAL', ['', ' '], { expected: 'a number such as 12.5' }],
    ['MONETARY', ' ', { expected: 'a number such as 12.5' }],
  ])('%s %j → %j', (dataType, raw, expected) => {
    expect(customFieldValue({ id: 'x', dataType }, raw)).toEqual(expected);
  });
});

describe('customFieldWrites', () => {
  const mapped = { customField_cfScore: '7', customField_cfKeyOnly: 'text', customField_cfBare: '  ', customField_unknown: 'kept as text', email: 'not a custom field' };

  // {id, fieldValue} for every model: docs/highlevel-in-practice.md, row 7.
  it('sends only the mapped custom fields, as {id, fieldValue}', async () => {
    const scope = definitionsServed();
    expect(await withZ((z, bundle) => customFieldWrites(z, bundle, 'contact'), mapped)).toEqual([
      { id: 'cfScore', fieldValue: 7 },
      { id: 'cfKeyOnly', fieldValue: 'text' },
      { id: 'unknown', fieldValue: 'kept as text' },
    ]);
    scope.done();
  });

  it('sends opportunity custom fields in the same shape', async () => {
    const scope = definitionsServed('opportunity');
    expect(await withZ((z, bundle) => customFieldWrites(z, bundle, 'opportunity'), { customField_cfDeal: '2500.5' })).toEqual([{ id: 'cfDeal', fieldValue: 2500.5 }]);
    scope.done();
  });

  it('asks HighLevel nothing when no custom field is mapped', async () => {
    await expect(withZ((z, bundle) => customFieldWrites(z, bundle, 'contact'), { email: 'a@example.com', customField_cfScore: '' })).resolves.toBeUndefined();
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('refuses bad values naming each field, before any write', async () => {
    const scope = definitionsServed();
    const error = await withZ((z, bundle) => customFieldWrites(z, bundle, 'contact'), { customField_cfScore: 'lots' }).catch((caught: Error) => caught);
    expect(JSON.parse((error as Error).message)).toMatchObject({
      code: 'InvalidInput',
      message: 'Invalid input. Score (customField_cfScore): expected a number such as 12.5, got "lots".',
    });
    scope.done();
  });
});

describe('labelCustomFields', () => {
  it('labels values whichever key HighLevel used: value, field_value or fieldValue', () => {
    const record = {
      id: 'c1',
      customFields: [
        { id: 'cfA', value: 'from value' },
        { id: 'cfB', field_value: 'from field_value' },
        { id: 'cfC', fieldValue: 'from fieldValue' },
        { id: 'cfD', value: 'value wins', field_value: 'ignored', fieldValue: 'ignored' },
        { id: 'cfE', field_value: 'ignored', fieldValue: 'fieldValue before field_value (the key HighLevel now writes)' },
        { id: 7, value: 'no string id' },
        null,
        'junk',
      ],
    };
    expect(labelCustomFields(record)).toEqual({
      ...record,
      customField: {
        cfA: 'from value',
        cfB: 'from field_value',
        cfC: 'from fieldValue',
        cfD: 'value wins',
        cfE: 'fieldValue before field_value (the key HighLevel now writes)',
      },
    });
  });

  it('skips null values: the next key, or the typed key that holds one; null when none does', () => {
    const record = {
      customFields: [
        { id: 'cfF', value: null, fieldValue: 'after a null value' },
        { id: 'cfG', type: 'number', fieldValueString: null, fieldValueNumber: 5 },
        { id: 'cfH', type: 'string', fieldValueString: null },
        { id: 'cfI', fieldValueBoolean: false },
      ],
    };
    const labelled = labelCustomFields(record).customField!;
    expect(labelled).toEqual({ cfF: 'after a null value', cfG: 5, cfH: null, cfI: false });
    // A plain data property, as any other key of the output (an id is HighLevel's data, never a prototype).
    expect(Object.getOwnPropertyDescriptor(labelled, 'cfG')).toEqual({ value: 5, enumerable: true, writable: true, configurable: true });
  });

  it('skips typed keys left undefined (a record shaped in code), as it skips null ones', () => {
    const record = { customFields: [{ id: 'cfJ', type: 'number', fieldValueString: undefined, fieldValueNumber: 8 }] };
    expect(labelCustomFields(record).customField).toEqual({ cfJ: 8 });
  });

  it('leaves a record without a customFields list as it is', () => {
    const record = { id: 'c2', customFields: 'not a list' };
    expect(labelCustomFields(record)).toBe(record);
  });
});
