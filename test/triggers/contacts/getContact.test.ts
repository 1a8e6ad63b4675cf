import { highLevel, run } from '../../helpers';

type Item = Record<string, unknown>;

describe('get_contact (Get Contact)', () => {
  it('reads GET /contacts/{contactId}, labels custom fields and marks the item with dateUpdated', async () => {
    const scope = highLevel()
      .get('/contacts/c1')
      .reply(200, {
        contact: { id: 'c1', firstName: 'Ada', dateUpdated: '2026-02-01T10:00:00.000Z', customFields: [{ id: 'cf1', value: 'Gold' }] },
      });

    const items = await run<Item[]>('triggers', 'get_contact', { contactId: 'c1' });

    expect(items).toEqual([
      {
        id: 'c1:2026-02-01T10:00:00.000Z',
        contactId: 'c1',
        firstName: 'Ada',
        dateUpdated: '2026-02-01T10:00:00.000Z',
        customFields: [{ id: 'cf1', value: 'Gold' }],
        customField: { cf1: 'Gold' },
      },
    ]);
    scope.done();
  });

  it('fires again when the contact changes, and not at all while it is missing (404)', async () => {
    const scope = highLevel()
      .get('/contacts/c1')
      .reply(200, { contact: { id: 'c1', dateUpdated: '2026-02-02T10:00:00.000Z' } })
      .get('/contacts/gone')
      .reply(404, { statusCode: 404, message: 'Contact not found' });

    const [changed] = await run<Item[]>('triggers', 'get_contact', { contactId: 'c1' });
    expect(changed?.id).toBe('c1:2026-02-02T10:00:00.000Z');
    await expect(run('triggers', 'get_contact', { contactId: 'gone' })).resolves.toEqual([]);
    scope.done();
  });

  it('encodes the id as one path segment and refuses a missing contact before any request', async () => {
    const scope = highLevel().get('/contacts/a%25b').reply(200, { contact: { id: 'a%b' } });
    await expect(run<Item[]>('triggers', 'get_contact', { contactId: 'a%b' })).resolves.toHaveLength(1);
    scope.done();
    await expect(run('triggers', 'get_contact', {})).rejects.toThrow(/Contact \(contactId\) is required/);
  });
});
