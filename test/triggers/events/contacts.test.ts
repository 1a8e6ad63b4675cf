import nock from 'nock';
import type { DataMatcherMap } from 'nock';
import { highLevel, LOCATION_ID, run } from '../../helpers';
import { type Item, ZapierDedupe } from './support';

const SORT = [{ field: 'dateUpdated', direction: 'desc' }];
const search = (filters: unknown[] | undefined, contacts: unknown[]) =>
  highLevel()
    .post('/contacts/search', { locationId: LOCATION_ID, page: 1, pageLimit: 100, sort: SORT, ...(filters ? { filters } : {}) } as unknown as DataMatcherMap)
    .reply(200, { contacts, total: contacts.length, traceId: 'trace-1' });

const contact = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  firstName: `Name ${id}`,
  tags: [],
  dateAdded: '2025-01-01T00:00:00.000Z',
  dateUpdated: '2025-01-01T00:00:00.000Z',
  customFields: [],
  ...fields,
});

describe('updated_contact (Updated Contact)', () => {
  it('asks POST /contacts/search sorted by dateUpdated, newest first, and outputs contact + dateUpdated ids with custom fields labelled', async () => {
    const scope = search(undefined, [
      contact('c1', { dateUpdated: '2026-11-30T10:00:00.000Z', customFields: [{ id: 'cf1', value: 'Gold' }] }),
      contact('c2', { dateUpdated: '2026-12-01T10:00:00.000Z' }),
    ]);
    const items = await run<Item[]>('triggers', 'updated_contact');
    expect(items.map((item) => item.id)).toEqual(['c2:2026-12-01T10:00:00.000Z', 'c1:2026-11-30T10:00:00.000Z']);
    expect(items[1]).toMatchObject({ contactId: 'c1', firstName: 'Name c1', customField: { cf1: 'Gold' } });
    scope.done();
  });

  it('filters by assigned user', async () => {
    const scope = search([{ field: 'assignedTo', operator: 'eq', value: 'u1' }], []);
    await expect(run('triggers', 'updated_contact', { assignedTo: 'u1' })).resolves.toEqual([]);
    scope.done();
  });

  it('fires once per update, not again on the same answer, and for an old contact updated now', async () => {
    const zap = new ZapierDedupe('updated_contact');
    const old = contact('old');
    search(undefined, [contact('recent', { dateUpdated: '2026-11-30T00:00:00.000Z' }), old]);
    expect(await zap.poll()).toEqual([]);
    search(undefined, [contact('recent', { dateUpdated: '2026-11-30T00:00:00.000Z' }), old]);
    expect(await zap.poll()).toEqual([]);
    const updated = { ...old, phone: '+15125550199', dateUpdated: '2026-12-01T11:00:00.000Z' };
    search(undefined, [updated, contact('recent', { dateUpdated: '2026-11-30T00:00:00.000Z' })]);
    const fired = await zap.poll();
    expect(fired.map((item) => item.id)).toEqual(['old:2026-12-01T11:00:00.000Z']);
    expect(fired[0]).toMatchObject({ contactId: 'old', phone: '+15125550199' });
    expect(nock.isDone()).toBe(true);
  });
});

describe('contact_tag_added (Contact Tag Added)', () => {
  const TAG_FILTER = [{ field: 'tags', operator: 'eq', value: 'vip' }];

  it('searches the contacts with the tag, most recently updated first; id = contact + tag', async () => {
    const scope = search(TAG_FILTER, [contact('c1', { tags: ['VIP', 'newsletter'], dateUpdated: '2026-11-30T10:00:00.000Z' })]);
    const items = await run<Item[]>('triggers', 'contact_tag_added', { tag: 'vip' });
    expect(items).toEqual([expect.objectContaining({ id: 'c1:vip', contactId: 'c1', tag: 'vip', tags: ['VIP', 'newsletter'] })]);
    scope.done();
  });

  it('takes a typed tag (free text) and leaves out a contact that no longer has it', async () => {
    const scope = search([{ field: 'tags', operator: 'eq', value: 'Spring Promo' }], [contact('c1', { tags: ['other'] }), contact('c2', { tags: ['spring promo'] })]);
    const items = await run<Item[]>('triggers', 'contact_tag_added', { tag: 'Spring Promo' });
    expect(items.map((item) => item.id)).toEqual(['c2:spring promo']);
    scope.done();
  });

  it('fires once when an old contact gains the tag, and not again when that contact is updated later', async () => {
    const zap = new ZapierDedupe('contact_tag_added', { tag: 'vip' });
    search(TAG_FILTER, [contact('tagged', { tags: ['vip'] })]);
    expect(await zap.poll()).toEqual([]);
    const old = contact('old', { tags: ['vip'], dateUpdated: '2026-12-01T11:00:00.000Z' });
    search(TAG_FILTER, [old, contact('tagged', { tags: ['vip'] })]);
    expect((await zap.poll()).map((item) => item.id)).toEqual(['old:vip']);
    search(TAG_FILTER, [{ ...old, city: 'Austin', dateUpdated: '2026-12-01T11:30:00.000Z' }, contact('tagged', { tags: ['vip'] })]);
    expect(await zap.poll()).toEqual([]);
    expect(nock.isDone()).toBe(true);
  });

  it('requires the tag before any request', async () => {
    await expect(run('triggers', 'contact_tag_added', {})).rejects.toThrow(/Tag \(tag\) is required/);
  });
});
