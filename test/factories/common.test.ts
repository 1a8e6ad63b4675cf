import type { InputField } from 'zapier-platform-core';
import { inputFieldsOf, keysOf, newestFirst, pick, recordOfRead, withId } from '../../src/factories/common';
import { id, inputs, string } from '../../src/fields/kit';
import { apiPath } from '../../src/http/path';

/** The pure helpers of src/factories/common.ts that every operation shares. */

const READ_ADVICE = 'This answer cannot be read; try again later, and report it if it persists.';

/** The error a helper throws, as Zapier shows it (z.errors.Error carries its message, code and status as JSON). */
const thrown = (action: () => unknown): { message: string; code: string; status: number } => {
  try {
    action();
  } catch (error) {
    return JSON.parse((error as Error).message);
  }
  throw new Error('nothing was thrown');
};

describe('inputFieldsOf: the order Zapier shows the inputs in', () => {
  const spec = {
    key: 'update_thing',
    noun: 'Thing',
    label: 'Update Thing',
    description: 'Updates a thing.',
    inputs: inputs({
      note: string({ label: 'Note' }),
      thingId: id({ label: 'Thing', required: true }),
      title: string({ label: 'Title' }),
      ownerId: id({ label: 'Owner', required: true }),
    }),
    request: () => ({ method: 'GET' as const, path: apiPath`/things` }),
    sample: {},
    outputFields: [],
  };

  it('puts the required inputs first, then the optional ones, each in declared order', () => {
    // Strict: a stray entry without a key must fail too (toEqual takes [..., undefined] for the shorter list).
    expect(inputFieldsOf(spec).map((field) => (field as { key: string }).key)).toStrictEqual(['thingId', 'ownerId', 'note', 'title']);
  });

  it('puts the dynamic inputs last, once each', () => {
    const custom = async () => [];
    const dynamic: InputField[] = [custom, { key: 'extra', label: 'Extra' }];
    const fields = inputFieldsOf({ ...spec, dynamicInputs: dynamic });
    expect(fields.map((field) => (typeof field === 'function' ? 'custom fields' : field.key))).toEqual(['thingId', 'ownerId', 'note', 'title', 'custom fields', 'extra']);
    expect(fields).toHaveLength(6);
    expect(fields[4]).toBe(custom);
  });
});

describe('pick: a dotted path into an answer', () => {
  it('reads only into objects and lists, never a property of text', () => {
    expect(pick({ data: 'some text' }, 'data.length')).toBeUndefined();
    expect(pick({ data: [{ id: 'a' }] }, 'data.length')).toBe(1);
  });
});

describe('withId: the primitive id Zapier needs', () => {
  it('reads `id` by default, never another key', () => {
    expect(withId({ '': 'blank key', id: 'real' })).toEqual({ '': 'blank key', id: 'real' });
  });
});

describe('newestFirst: dates are text or epoch milliseconds', () => {
  it('takes a date in any other form (a list holding a date) as missing', () => {
    const items = [
      { id: 'listed', at: ['2027-01-01T00:00:00Z'] },
      { id: 'text', at: '2026-01-01T00:00:00Z' },
      { id: 'flag', at: true },
      { id: 'epoch', at: Date.parse('2026-02-01T00:00:00Z') },
    ];
    expect(newestFirst(items, 'at').map((item) => item.id)).toEqual(['epoch', 'text', 'listed', 'flag']);
  });
});

describe('recordOfRead: the record of a read, or an error for an answer that cannot be one', () => {
  it('refuses an answer that is no object, whichever keys are given', () => {
    expect(thrown(() => recordOfRead([{ id: 'a' }], [], 'Get Thing'))).toMatchObject({
      message: `HighLevel answered Get Thing with a list (1 items) instead of a record. ${READ_ADVICE}`,
      code: 'InvalidResponse',
      status: 502,
    });
    expect(thrown(() => recordOfRead('text', ['thing'], 'Get Thing')).message).toBe(`HighLevel answered Get Thing with a piece of text instead of a record. ${READ_ADVICE}`);
  });

  it('names the first wrapper key that holds something other than a record, skipping missing and null ones', () => {
    expect(thrown(() => recordOfRead({ b: 'text', traceId: 't' }, ['a', 'b'], 'Get Thing')).message).toBe(
      `HighLevel answered Get Thing with a piece of text instead of a record. ${READ_ADVICE}`,
    );
    expect(thrown(() => recordOfRead({ a: null, b: [1, 2] }, ['a', 'b'], 'Get Thing')).message).toBe(
      `HighLevel answered Get Thing with a list (2 items) instead of a record. ${READ_ADVICE}`,
    );
  });

  it('is the record under a wrapper key, or undefined when the wrapper is null', () => {
    expect(recordOfRead({ a: 'text', b: { id: 'r' } }, ['a', 'b'], 'Get Thing')).toEqual({ id: 'r' });
    expect(recordOfRead({ a: null, traceId: 't' }, ['a', 'b'], 'Get Thing')).toBeUndefined();
  });
});

describe('keysOf: the wrapper keys of an operation', () => {
  it('none, one, or several in their order', () => {
    expect(keysOf(undefined)).toEqual([]);
    expect(keysOf('contact')).toEqual(['contact']);
    expect(keysOf(['event', 'appointment'])).toEqual(['event', 'appointment']);
  });
});
