import { highLevel, run } from '../../helpers';
import { PET, petRecord, searchBody } from '../../fixtures/customObjects';

type Item = { id: string; recordId: string };
const ids = (items: Item[]) => items.map((item) => item.id);

/** What Zapier does with a polling trigger's items: it fires for ids it has not seen before. */
const poller = () => {
  const seen = new Set<string>();
  return (items: Item[]) => {
    const fresh = items.filter((item) => !seen.has(item.id));
    items.forEach((item) => seen.add(item.id));
    return ids(fresh);
  };
};

const old = petRecord('old', '2025-01-10T00:00:00.000Z', '2025-01-10T00:00:00.000Z');
const recent = petRecord('recent', '2026-11-29T00:00:00.000Z', '2026-11-29T00:00:00.000Z');
const answer = (...records: unknown[]) => ({ records, total: records.length, traceId: 't' });

describe('new_custom_object_record (New Custom Object Record)', () => {
  it('searches the chosen object (one page when short) and returns the records newest first, id = record id', async () => {
    const scope = highLevel().post(`/objects/${PET}/records/search`, searchBody(1)).reply(200, answer(old, recent));
    const items = await run<Item[]>('triggers', 'new_custom_object_record', { schemaKey: PET });
    expect(items).toEqual([
      { ...recent, recordId: 'recent', id: 'recent' },
      { ...old, recordId: 'old', id: 'old' },
    ]);
    scope.done();
  });

  it('fires once per record: not again on the next poll, even after the record changes', async () => {
    const fire = poller();
    highLevel().post(`/objects/${PET}/records/search`, searchBody(1)).reply(200, answer(old));
    expect(fire(await run<Item[]>('triggers', 'new_custom_object_record', { schemaKey: PET }))).toEqual(['old']);
    const changed = { ...old, updatedAt: '2026-11-30T00:00:00.000Z' };
    const scope = highLevel().post(`/objects/${PET}/records/search`, searchBody(1)).times(2).reply(200, answer(changed, recent));
    expect(fire(await run<Item[]>('triggers', 'new_custom_object_record', { schemaKey: PET }))).toEqual(['recent']);
    expect(fire(await run<Item[]>('triggers', 'new_custom_object_record', { schemaKey: PET }))).toEqual([]);
    scope.done();
  });

  it('reads further pages within the budget of 3 requests, and stops there', async () => {
    const page = (n: number) => Array.from({ length: 100 }, (_, i) => petRecord(`p${n}-${i}`, `2026-0${n}-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`, '2026-01-01T00:00:00.000Z'));
    const scope = highLevel()
      .post(`/objects/${PET}/records/search`, searchBody(1)).reply(200, { records: page(1), total: 500 })
      .post(`/objects/${PET}/records/search`, searchBody(2)).reply(200, { records: page(2), total: 500 })
      .post(`/objects/${PET}/records/search`, searchBody(3)).reply(200, { records: page(3), total: 500 });
    const items = await run<Item[]>('triggers', 'new_custom_object_record', { schemaKey: PET });
    expect(items).toHaveLength(300);
    expect(items[0]!.id).toMatch(/^p3-/);
    scope.done();
  });
});

describe('updated_custom_object_record (Updated Custom Object Record)', () => {
  it('returns changed records newest change first, id = recordId:updatedAt, and skips records never changed', async () => {
    const changedOld = { ...old, updatedAt: '2026-11-30T08:00:00.000Z' };
    const scope = highLevel().post(`/objects/${PET}/records/search`, searchBody(1)).reply(200, answer(recent, changedOld));
    await expect(run<Item[]>('triggers', 'updated_custom_object_record', { schemaKey: PET })).resolves.toEqual([
      { ...changedOld, recordId: 'old', id: 'old:2026-11-30T08:00:00.000Z' },
    ]);
    scope.done();
  });

  it('fires once per change, not again on the next poll, and again for a new change of an old record', async () => {
    const fire = poller();
    const first = { ...old, updatedAt: '2026-11-01T00:00:00.000Z' };
    const second = { ...old, updatedAt: '2026-11-30T00:00:00.000Z' };
    const scope = highLevel()
      .post(`/objects/${PET}/records/search`, searchBody(1)).times(2).reply(200, answer(first, recent))
      .post(`/objects/${PET}/records/search`, searchBody(1)).reply(200, answer(second, recent));
    expect(fire(await run<Item[]>('triggers', 'updated_custom_object_record', { schemaKey: PET }))).toEqual(['old:2026-11-01T00:00:00.000Z']);
    expect(fire(await run<Item[]>('triggers', 'updated_custom_object_record', { schemaKey: PET }))).toEqual([]);
    expect(fire(await run<Item[]>('triggers', 'updated_custom_object_record', { schemaKey: PET }))).toEqual(['old:2026-11-30T00:00:00.000Z']);
    scope.done();
  });

  it('needs the object', async () => {
    await expect(run('triggers', 'updated_custom_object_record', {})).rejects.toThrow(/Custom Object \(schemaKey\) is required/);
  });
});
