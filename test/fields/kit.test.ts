import { boolean, choice, date, datetime, email, id, inputs, integer, list, number, phone, string, timezone, url } from '../../src/fields/kit';

const set = inputs({
  name: string({ label: 'Name', required: true }),
  email: email({ label: 'Email' }),
  phone: phone({ label: 'Phone' }),
  site: url({ label: 'Website' }),
  count: integer({ label: 'Count', min: 1, max: 500 }),
  amount: number({ label: 'Amount' }),
  active: boolean({ label: 'Active' }),
  due: datetime({ label: 'Due', as: 'iso' }),
  dueMs: datetime({ label: 'Due (ms)', as: 'epochMs' }),
  birthday: date({ label: 'Birthday' }),
  zone: timezone({ label: 'Time Zone' }),
  status: choice({ label: 'Status', values: { open: 'Open', won: 'Won' } }),
  tags: list(string({ label: 'Tag' }), { label: 'Tags' }),
  contactId: id({ label: 'Contact' }),
});

const invalid = (inputData: Record<string, unknown>) => () => set.parse({ name: 'x', ...inputData });

describe('the field kit', () => {
  it('converts every type to what HighLevel expects and drops blank optional values', () => {
    expect(
      set.parse({
        name: '  Ada ',
        email: 'ada@example.com',
        phone: '+1 (555) 123-4567',
        site: 'https://example.com',
        count: '12',
        amount: 12.5,
        active: 'yes',
        due: '2026-03-08T01:30:00-05:00',
        dueMs: '2026-03-08T03:30:00-04:00',
        birthday: '1990-09-25T00:00:00Z',
        zone: 'America/New_York',
        status: 'won',
        tags: 'a, b,,c',
        contactId: 'abc123',
        ignored: 'not an input',
      }),
    ).toEqual({
      name: 'Ada',
      email: 'ada@example.com',
      phone: '+15551234567',
      site: 'https://example.com',
      count: 12,
      amount: 12.5,
      active: true,
      due: '2026-03-08T06:30:00.000Z',
      dueMs: Date.parse('2026-03-08T07:30:00Z'),
      birthday: '1990-09-25',
      zone: 'America/New_York',
      status: 'won',
      tags: ['a', 'b', 'c'],
      contactId: 'abc123',
    });
    expect(set.parse({ name: 'Ada', email: '', phone: '   ', tags: [], active: null })).toEqual({ name: 'Ada' });
  });

  it.each([
    [{ email: 'nope' }, /Email \(email\): expected an email address such as name@example.com, got ..?nope/],
    [{ phone: '12' }, /Phone \(phone\): expected a phone number/],
    [{ site: 'ftp://x.org' }, /Website \(site\): expected a web address/],
    [{ count: '1.5' }, /Count \(count\): expected a whole number ≥ 1 ≤ 500/],
    [{ count: '501' }, /Count \(count\): expected a whole number/],
    [{ amount: 'ten' }, /Amount \(amount\): expected a number/],
    [{ active: 'maybe' }, /Active \(active\): expected true or false/],
    [{ due: 'next tuesday' }, /Due \(due\): expected a date and time/],
    [{ birthday: '2026-02-30' }, /Birthday \(birthday\): expected a date such as 2026-01-31/],
    [{ zone: 'Mars/Olympus' }, /Time Zone \(zone\): expected an IANA time zone/],
    [{ status: 'closed' }, /Status \(status\): expected one of: open, won/],
    [{ contactId: 'a/b' }, /Contact \(contactId\): expected an id/],
    [{ name: '' }, /Name \(name\) is required\./],
  ])('refuses %j naming the field and the expected form', (inputData, message) => {
    expect(invalid(inputData)).toThrow(message);
  });

  it('reports every bad field at once', () => {
    expect(invalid({ email: 'x', phone: 'y' })).toThrow(/Email \(email\).*Phone \(phone\)/);
  });

  it('reads a bare number as epoch seconds or milliseconds', () => {
    const parsed = set.parse({ name: 'x', due: '1767225600', dueMs: 1767225600000 });
    expect(parsed.due).toBe('2026-01-01T00:00:00.000Z');
    expect(parsed.dueMs).toBe(1767225600000);
  });

  it('describes each input as a Zapier field', () => {
    expect(set.fields.find((field) => field.key === 'status')).toEqual({ key: 'status', label: 'Status', type: 'string', choices: { open: 'Open', won: 'Won' }, required: false });
    expect(set.fields.find((field) => field.key === 'tags')).toMatchObject({ key: 'tags', list: true, type: 'string' });
    expect(set.fields.find((field) => field.key === 'name')).toMatchObject({ required: true });
  });
});
