import { fingerprint, itemsOf, kindOf, newestFirst, pick, recordIn, withId } from '../../src/factories/common';
import { createAction, deleted, searchAction } from '../../src/factories/actions';
import { dropdownTrigger, listTrigger, watchTrigger } from '../../src/factories/triggers';
import { id, inputs } from '../../src/fields/kit';
import { apiPath } from '../../src/http/path';
import { highLevel, runPerform } from '../helpers';

/**
 * The contract of the factories every operation is built on (src/factories): ids, order, fingerprints, the record
 * a watch trigger returns, what a search and an action return, and what a 404 means for each.
 */

describe('fingerprint: the change marker when HighLevel gives no updated date', () => {
  it('does not depend on key order, at any depth', () => {
    expect(fingerprint({ a: 1, b: { c: 2, d: [{ e: 3, f: 4 }] } })).toBe(fingerprint({ b: { d: [{ f: 4, e: 3 }], c: 2 }, a: 1 }));
  });

  it('changes when any value changes, at any depth, and keeps list order', () => {
    const base = fingerprint({ a: 1, b: { c: 2, d: [1, 2] } });
    expect(fingerprint({ a: 2, b: { c: 2, d: [1, 2] } })).not.toBe(base);
    expect(fingerprint({ a: 1, b: { c: 3, d: [1, 2] } })).not.toBe(base);
    expect(fingerprint({ a: 1, b: { c: 2, d: [2, 1] } })).not.toBe(base);
    expect(fingerprint({ a: 1, b: { c: 2, d: [1, 2] }, e: null })).not.toBe(base);
  });

  it('is 12 hex characters, and stable (a fingerprint stored in a Zap history still matches)', () => {
    expect(fingerprint({ id: 'r1', name: 'Ann' })).toMatch(/^[0-9a-f]{12}$/);
    // sha1 of the canonical JSON {"id":"r1","name":"Ann"}
    expect(fingerprint({ name: 'Ann', id: 'r1' })).toBe(require('node:crypto').createHash('sha1').update('{"id":"r1","name":"Ann"}').digest('hex').slice(0, 12));
    expect(fingerprint(undefined)).toBe(require('node:crypto').createHash('sha1').update('').digest('hex').slice(0, 12));
  });
});

describe('withId, itemsOf, pick, newestFirst', () => {
  it('withId: HighLevel id field, else id, else _id, else a fingerprint; always a string', () => {
    expect(withId({ uid: 'u', id: 'i', _id: 'x' }, 'uid').id).toBe('u');
    expect(withId({ id: 42, _id: 'x' }).id).toBe('42');
    expect(withId({ _id: 'mongo' }).id).toBe('mongo');
    expect(withId({ id: { nested: true }, name: 'n' })).toEqual({ id: fingerprint({ id: { nested: true }, name: 'n' }), name: 'n' });
    expect(withId({ name: 'no id' }).id).toBe(fingerprint({ name: 'no id' }));
    // A number that is no number is no id: the next field is used.
    expect(withId({ id: Number.NaN, _id: 'after NaN' }).id).toBe('after NaN');
    expect(withId({ id: Number.POSITIVE_INFINITY, _id: 'after Infinity' }).id).toBe('after Infinity');
    expect(withId({ id: '  ', _id: 'after blank' }).id).toBe('after blank');
  });

  it('kindOf names what an answer is without showing it', () => {
    expect([null, [1, 2], 'secret text', true, false, 5, undefined].map(kindOf)).toEqual([
      'null',
      'a list (2 items)',
      'a piece of text',
      'the value true',
      'the value false',
      'number',
      'undefined',
    ]);
  });

  it('itemsOf: the list under its key or a bare array, objects only', () => {
    expect(itemsOf({ data: { items: [{ id: 1 }, null, 'x', [1], { id: 2 }] } }, 'data.items')).toEqual([{ id: 1 }, { id: 2 }]);
    expect(itemsOf([{ id: 3 }], 'contacts')).toEqual([{ id: 3 }]);
    expect(itemsOf({ contacts: 'not a list' }, 'contacts')).toEqual([]);
    expect(itemsOf({ contacts: [{ id: 4 }] })).toEqual([]);
  });

  it('pick: a dotted path, undefined when it leads nowhere', () => {
    expect(pick({ a: { b: { c: 1 } } }, 'a.b.c')).toBe(1);
    expect(pick({ a: 'text' }, 'a.b')).toBeUndefined();
    expect(pick({ a: null }, 'a.b')).toBeUndefined();
    expect(pick({ a: 1 }, undefined)).toEqual({ a: 1 });
    expect(pick({ a: 1 }, '')).toEqual({ a: 1 });
  });

  it('newestFirst: by date (ISO or epoch ms), ties and missing dates keep HighLevel order', () => {
    const items = [
      { id: 'none1' },
      { id: 'old', at: '2026-01-01T00:00:00Z' },
      { id: 'new', at: '2026-03-01T00:00:00Z' },
      { id: 'epoch', at: Date.parse('2026-02-01T00:00:00Z') },
      { id: 'tie', at: '2026-01-01T00:00:00Z' },
      { id: 'bad', at: 'not a date' },
      { id: 'none2' },
    ];
    expect(newestFirst(items, 'at').map((item) => item.id)).toEqual(['new', 'epoch', 'old', 'tie', 'none1', 'bad', 'none2']);
  });

  it('recordIn reads the first key that holds an object', () => {
    expect(recordIn({ a: [1], b: { id: 'b' } }, ['a', 'b'])).toEqual({ id: 'b' });
  });
});

// ---------- the factories, run as Zapier runs them ----------


const recordSpec = {
  noun: 'Thing',
  label: 'Thing',
  description: 'Test thing.',
  inputs: inputs({ thingId: id({ label: 'Thing', required: true }) }),
  request: ({ thingId }: { thingId: string }) => ({ method: 'GET' as const, path: apiPath`/things/${thingId}` }),
  sample: { id: 't1' },
  outputFields: [{ key: 'id', label: 'ID' }],
};

describe('watchTrigger', () => {
  const watch = watchTrigger({ ...recordSpec, key: 'watch_thing', objectKey: 'thing', recordIdKey: 'thingId' });

  it.each<[string, Record<string, unknown>, string]>([
    ['dateUpdated', { id: 't1', dateUpdated: '2026-01-02T00:00:00Z', updatedAt: 'u', lastUpdated: 'l' }, 't1:2026-01-02T00:00:00Z'],
    ['updatedAt', { id: 't1', updatedAt: '2026-01-03T00:00:00Z', lastUpdated: 'l' }, 't1:2026-01-03T00:00:00Z'],
    ['lastUpdated', { id: 't1', lastUpdated: '2026-01-04T00:00:00Z' }, 't1:2026-01-04T00:00:00Z'],
    ['a fingerprint without a date', { id: 't1', name: 'Ann' }, `t1:${fingerprint({ id: 't1', name: 'Ann' })}`],
    ['a fingerprint for an empty date', { id: 't1', dateUpdated: '' }, `t1:${fingerprint({ id: 't1', dateUpdated: '' })}`],
  ])('marks a change by %s', async (_name, record, itemId) => {
    const scope = highLevel().get('/things/t1').reply(200, { thing: record, traceId: 'tr' });
    expect(await runPerform(watch, { thingId: 't1' })).toEqual([{ ...record, thingId: 't1', id: itemId }]);
    scope.done();
  });

  it('returns no item on a 404 or an answer without the record, and fails on other errors', async () => {
    const scope = highLevel()
      .get('/things/t1').reply(404, { message: 'Not found' })
      .get('/things/t1').reply(200, { thing: null, traceId: 'tr' })
      .get('/things/t1').reply(200, { traceId: 'tr' });
    expect(await runPerform(watch, { thingId: 't1' })).toEqual([]);
    expect(await runPerform(watch, { thingId: 't1' })).toEqual([]);
    expect(await runPerform(watch, { thingId: 't1' })).toEqual([]);
    scope.done();
    // The wrapper holding a list is no record, and no "nothing yet" either: the trigger says so instead of never firing.
    const broken = highLevel().get('/things/t1').reply(200, { thing: ['x'], traceId: 'tr' });
    await expect(runPerform(watch, { thingId: 't1' })).rejects.toThrow(/answered .* with a list \(1 items\) instead of a record.*"code":"InvalidResponse"/);
    broken.done();
    const failing = highLevel().get('/things/t1').reply(500, { message: 'boom' });
    await expect(runPerform(watch, { thingId: 't1' })).rejects.toThrow(/HTTP 500/);
    failing.done();
  });

  it('uses its own change marker, and a fingerprint when that gives none', async () => {
    const marked = watchTrigger({ ...recordSpec, key: 'watch_marked', recordIdKey: 'thingId', idField: 'uid', changeMarker: (record) => (record.v ? String(record.v) : undefined) });
    const scope = highLevel().get('/things/t1').reply(200, { uid: 'u1', v: 3 }).get('/things/t1').reply(200, { uid: 'u1' });
    expect(await runPerform(marked, { thingId: 't1' })).toEqual([{ uid: 'u1', v: 3, thingId: 'u1', id: 'u1:3' }]);
    expect(await runPerform(marked, { thingId: 't1' })).toEqual([{ uid: 'u1', thingId: 'u1', id: `u1:${fingerprint({ uid: 'u1' })}` }]);
    scope.done();
  });
});

describe('listTrigger and dropdownTrigger', () => {
  it('list: items under the key, mapped, with ids, newest first', async () => {
    const list = listTrigger({
      ...recordSpec,
      key: 'list_things',
      inputs: inputs({}),
      request: () => ({ method: 'GET', path: apiPath`/things` }),
      listKey: 'things',
      idField: '_id',
      newestFirstBy: 'at',
      mapItem: (item) => ({ ...item, mapped: true }),
    });
    const scope = highLevel().get('/things').reply(200, { things: [{ _id: 'a', at: '2026-01-01T00:00:00Z' }, { _id: 'b', at: '2026-02-01T00:00:00Z' }] });
    expect(await runPerform(list)).toEqual([
      { _id: 'b', at: '2026-02-01T00:00:00Z', mapped: true, id: 'b' },
      { _id: 'a', at: '2026-01-01T00:00:00Z', mapped: true, id: 'a' },
    ]);
    scope.done();
    expect(list.operation).not.toHaveProperty('canPaginate');
    expect(list.display).toEqual({ label: 'Thing', description: 'Test thing.' });
  });

  it('dropdown: hidden, paginated when asked, labelled from its noun, the page reaches the request', async () => {
    const dropdown = dropdownTrigger({
      key: 'dropdown_things',
      noun: 'Big Thing',
      inputs: inputs({}),
      request: (_input, { page }) => ({ method: 'GET', path: apiPath`/things`, query: { skip: page * 10 } }),
      items: (response) => (response as { found: Array<Record<string, unknown>> }).found,
      canPaginate: true,
    });
    expect(dropdown.display).toEqual({ label: 'Big Thing choices', description: 'Lists big thing choices for dropdowns.', hidden: true });
    expect(dropdown.operation).toMatchObject({ canPaginate: true, sample: { id: 'sample-id', name: 'Sample Big Thing' } });
    expect(dropdown.operation.outputFields).toEqual([{ key: 'id', label: 'ID' }, { key: 'name', label: 'Name' }]);
    const scope = highLevel().get('/things').query({ skip: '20' }).reply(200, { found: [{ id: 'x', name: 'X' }] });
    expect(await runPerform(dropdown, {}, 2)).toEqual([{ id: 'x', name: 'X' }]);
    scope.done();
  });
});

describe('createAction', () => {
  const spec = {
    ...recordSpec,
    key: 'update_thing',
    request: ({ thingId }: { thingId: string }) => ({ method: 'PUT' as const, path: apiPath`/things/${thingId}`, body: { name: 'n' } }),
  };

  it('returns the object under its key, else the answer; a list where a record was due is an error', async () => {
    const scope = highLevel()
      .put('/things/t1', { name: 'n' }).reply(200, { thing: { id: 't1' }, traceId: 'x' })
      .put('/things/t1', { name: 'n' }).reply(200, { other: 1 })
      .put('/things/t1', { name: 'n' }).reply(200, '["a"]', { 'Content-Type': 'application/json' });
    const keyed = createAction({ ...spec, objectKey: 'thing' });
    expect(await runPerform(keyed, { thingId: 't1' })).toEqual({ id: 't1' });
    expect(await runPerform(keyed, { thingId: 't1' })).toEqual({ other: 1 });
    // A write answered with junk may still have been made: the error says to check, never to simply retry.
    await expect(runPerform(createAction(spec), { thingId: 't1' })).rejects.toThrow(
      /answered Thing with a list \(1 items\) instead of a record\. The result is unknown: check in HighLevel.*"code":"InvalidResponse"/,
    );
    scope.done();
  });

  it('lets a list answer through to the result only where the action expects one', async () => {
    const listed = [{ id: 'a' }, { id: 'b' }];
    const scope = highLevel().put('/things/t1', { name: 'n' }).reply(200, listed);
    const bulk = createAction({ ...spec, answersWithList: true, result: (response) => ({ created: response as Array<Record<string, unknown>> }) });
    expect(await runPerform(bulk, { thingId: 't1' })).toEqual({ created: listed });
    scope.done();
  });

  it('a 404 says what the operation says about it; other failures pass unchanged', async () => {
    const action = createAction({ ...spec, notFoundMessage: ({ thingId }) => `Thing ${thingId} is gone.` });
    const scope = highLevel().put('/things/t1').reply(404, { message: 'nope' }).put('/things/t1').reply(422, { message: ['name bad'] });
    const gone = (await runPerform(action, { thingId: 't1' }).catch((error: Error) => error)) as Error;
    expect(JSON.parse(gone.message)).toEqual({ message: 'Thing t1 is gone.', code: 'NotFound', status: 404 });
    const invalid = (await runPerform(action, { thingId: 't1' }).catch((error: Error) => error)) as Error;
    expect(JSON.parse(invalid.message)).toMatchObject({ code: 'InvalidData', status: 422 });
    scope.done();
  });

  it('deleted: the id a later step needs', () => {
    expect(deleted(({ thingId }: { thingId: string }) => thingId)({}, { thingId: 't9' })).toEqual({ id: 't9', deleted: true });
  });
});

describe('searchAction', () => {
  const spec = { ...recordSpec, key: 'find_thing' };

  it('single: the one object found, [] when it is missing, an error when the answer is no record', async () => {
    const single = searchAction({ ...spec, single: true, listKey: 'thing' });
    const scope = highLevel().get('/things/t1').reply(200, { thing: { id: 't1' }, traceId: 'tr' }).get('/things/t1').reply(200, { thing: null, traceId: 'tr' });
    expect(await runPerform(single, { thingId: 't1' })).toEqual([{ id: 't1' }]);
    // Strict: no [undefined] for a missing record (toEqual would take it for []; Zapier would get [null]).
    expect(await runPerform(single, { thingId: 't1' })).toStrictEqual([]);
    scope.done();
    const broken = highLevel().get('/things/t1').reply(200, { thing: 'x' }).get('/things/t1').reply(200, { thing: [{ id: 'a' }] });
    await expect(runPerform(single, { thingId: 't1' })).rejects.toThrow(/with a piece of text instead of a record.*"code":"InvalidResponse"/);
    await expect(runPerform(single, { thingId: 't1' })).rejects.toThrow(/with a list \(1 items\) instead of a record.*"code":"InvalidResponse"/);
    broken.done();
  });

  it('a list, mapped and ranked best first; [] on a 404', async () => {
    const ranked = searchAction({
      ...spec,
      listKey: 'things',
      mapItem: (item) => ({ ...item, seen: true }),
      rank: (items) => [...items].reverse(),
    });
    const scope = highLevel().get('/things/t1').reply(200, { things: [{ id: 'a' }, { id: 'b' }] }).get('/things/t1').reply(404, {});
    expect(await runPerform(ranked, { thingId: 't1' })).toEqual([{ id: 'b', seen: true }, { id: 'a', seen: true }]);
    expect(await runPerform(ranked, { thingId: 't1' })).toEqual([]);
    scope.done();
  });

  it('refuses bad input before any request', async () => {
    const error = (await runPerform(searchAction(spec), { thingId: 'a/b' }).catch((caught: Error) => caught)) as Error;
    expect(JSON.parse(error.message)).toMatchObject({ code: 'InvalidInput' });
  });
});
