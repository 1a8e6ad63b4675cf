import { boolean, choice, compact, datetime, dict, id, inputs, integer, list, number, omit, optional, requireChanges, string, text, url } from '../../src/fields/kit';

/**
 * The contract of the field kit (src/fields/kit.ts) at its edges: number limits on both sides, exact forms in the
 * refusal, how lists, dictionaries and choices convert, and the helpers that shape what an update sends.
 */

const refusal = (action: () => unknown): { message: string; code: string } => {
  try {
    action();
  } catch (error) {
    return JSON.parse((error as Error).message) as { message: string; code: string };
  }
  throw new Error('expected a refusal');
};

describe('number limits', () => {
  const set = inputs({
    slots: integer({ label: 'Slot Duration', min: 1 }),
    quantity: integer({ label: 'Quantity', min: 1, max: 99 }),
    value: number({ label: 'Monetary Value', min: 0 }),
    offset: number({ label: 'Offset', max: 10 }),
  });

  it.each<[Record<string, unknown>, string]>([
    [{ slots: '0' }, 'Slot Duration (slots): expected a whole number ≥ 1, got "0".'],
    [{ slots: -5 }, 'Slot Duration (slots): expected a whole number ≥ 1, got "-5".'],
    [{ quantity: '100' }, 'Quantity (quantity): expected a whole number ≥ 1 ≤ 99, got "100".'],
    [{ quantity: '0' }, 'Quantity (quantity): expected a whole number ≥ 1 ≤ 99, got "0".'],
    [{ value: '-0.01' }, 'Monetary Value (value): expected a number such as 12.5 ≥ 0, got "-0.01".'],
    [{ offset: '10.5' }, 'Offset (offset): expected a number such as 12.5 ≤ 10, got "10.5".'],
    [{ value: '1e400' }, 'Monetary Value (value): expected a number such as 12.5 ≥ 0, got "1e400".'],
    [{ slots: '2.5' }, 'Slot Duration (slots): expected a whole number ≥ 1, got "2.5".'],
    [{ offset: true }, 'Offset (offset): expected a number such as 12.5 ≤ 10, got "true".'],
  ])('refuses %j', (inputData, message) => {
    expect(refusal(() => set.parse(inputData))).toEqual({ message: `Invalid input. ${message}`, code: 'InvalidInput', status: 400 });
  });

  it('accepts the limits themselves', () => {
    expect(set.parse({ slots: '1', quantity: ' 99 ', value: '0', offset: '10' })).toEqual({ slots: 1, quantity: 99, value: 0, offset: 10 });
    expect(set.parse({ value: '+.5', offset: '-1e2' })).toEqual({ value: 0.5, offset: -100 });
  });
});

describe('other forms', () => {
  const set = inputs({
    name: string({ label: 'Name', maxLength: 5 }),
    note: text({ label: 'Note' }),
    site: url({ label: 'Site' }),
    flag: boolean({ label: 'Flag' }),
    kind: choice({ label: 'Kind', values: { a: 'A', b: 'B' } }),
    ids: list(id({ label: 'Contact' }), { label: 'Contacts', required: true }),
    whole: list(string({ label: 'Line' }), { label: 'Lines', splitCommas: false }),
    extra: dict({ label: 'Extra' }),
    at: datetime({ label: 'At', as: 'epochSeconds' }),
  });

  it('converts each to what HighLevel takes', () => {
    expect(
      set.parse({ name: ' Ann ', note: 42, site: 'http://x.org', flag: 'OFF', kind: 'b', ids: 'c1, c2', whole: 'a, b', extra: { k: 'v', blank: ' ' }, at: '2026-01-01T00:00:10Z' }),
    ).toEqual({ name: 'Ann', note: '42', site: 'http://x.org', flag: false, kind: 'b', ids: ['c1', 'c2'], whole: ['a, b'], extra: { k: 'v' }, at: 1767225610 });
    expect(set.parse({ ids: ['c1', ' ', ''], flag: 'Y' })).toEqual({ ids: ['c1'], flag: true });
    expect(set.parse({ ids: 7 })).toEqual({ ids: ['7'] });
  });

  it.each<[Record<string, unknown>, string]>([
    [{ name: 'Annabel' }, 'Name (name): expected at most 5 characters, got "Annabel".'],
    [{ kind: 'c' }, 'Kind (kind): expected one of: a, b, got "c".'],
    [{ ids: ['c1', 'a/b'] }, 'Contacts (ids) (item 2): expected an id (letters, digits, - or _, no spaces or slashes), got "["c1","a/b"]".'],
    [{ ids: [' ', ''] }, 'Contacts (ids) is required.'],
    [{ extra: 'text' }, 'Extra (extra): expected key/value pairs, got "text".'],
    [{ site: 'https://' }, 'Site (site): expected a web address starting with http:// or https://, got "https://".'],
  ])('refuses %j', (inputData, message) => {
    expect(refusal(() => set.parse({ ids: ['c1'], ...inputData })).message).toBe(`Invalid input. ${message}`);
  });

  it('clips a long value in the refusal', () => {
    expect(refusal(() => set.parse({ ids: ['c1'], kind: 'x'.repeat(61) })).message).toBe(`Invalid input. Kind (kind): expected one of: a, b, got "${'x'.repeat(60)}…".`);
  });

  it('a list field shows the item dynamic dropdown unless it has its own', () => {
    const withDynamic = inputs({
      fromItem: list(id({ label: 'Tag', dynamic: 'dropdown_tags.id.name' }), { label: 'Tags' }),
      own: list(id({ label: 'Tag', dynamic: 'dropdown_tags.id.name' }), { label: 'Users', dynamic: 'dropdown_users.id.name' }),
      choices: list(string({ label: 'Day' }), { label: 'Days', choices: { mon: 'Monday' } }),
    });
    expect(withDynamic.fields).toEqual([
      { key: 'fromItem', label: 'Tags', type: 'string', list: true, dynamic: 'dropdown_tags.id.name', required: false },
      { key: 'own', label: 'Users', type: 'string', list: true, dynamic: 'dropdown_users.id.name', required: false },
      { key: 'choices', label: 'Days', type: 'string', list: true, choices: { mon: 'Monday' }, required: false },
    ]);
  });
});

describe('shaping an update', () => {
  const base = { name: string({ label: 'Name', required: true }), note: text({ label: 'Note' }) };

  it('optional: nothing required, in the check and in the Zapier field', () => {
    const set = inputs(optional(base));
    expect(set.parse({})).toEqual({});
    expect(set.fields.map((field) => field.required)).toEqual([false, false]);
  });

  it('omit, compact and requireChanges', () => {
    expect(Object.keys(omit(base, 'note'))).toEqual(['name']);
    expect(compact({ a: 1, b: undefined, c: null, d: '' })).toEqual({ a: 1, c: null, d: '' });
    expect(requireChanges({ a: 'x', b: ' ', c: [] }, 'contact')).toEqual({ a: 'x' });
    expect(refusal(() => requireChanges({ a: undefined, b: '' }, 'contact')).message).toBe('Invalid input. Map at least one field to change on the contact.');
  });
});
