import { fingerprint } from '../../src/factories/common';
import type { PageReading } from '../../src/factories/triggers';
import { dropdownTrigger, listTrigger, watchTrigger } from '../../src/factories/triggers';
import { id, inputs } from '../../src/fields/kit';
import { apiPath } from '../../src/http/path';
import { highLevel, runPerform } from '../helpers';

/**
 * The polling triggers of src/factories/triggers.ts: their declared type, the paging of lists HighLevel does not sort
 * (`readPages`), and the change marker of a watched record.
 */


const base = {
  noun: 'Thing',
  label: 'New Thing',
  description: 'Triggers on a new thing.',
  sample: { id: 't1' },
  outputFields: [{ key: 'id', label: 'ID' }],
};

/** A list trigger over GET /things?limit=2 that reads later pages by `offsetParam`. */
const pagedTrigger = (readPages: PageReading) =>
  listTrigger({
    ...base,
    key: 'paged_things',
    inputs: inputs({}),
    request: () => ({ method: 'GET', path: apiPath`/things`, query: { limit: readPages.pageSize } }),
    listKey: 'things',
    newestFirstBy: 'at',
    readPages,
  });

const things = (...names: string[]) => ({ things: names.map((name, index) => ({ id: name, at: `2026-01-0${index + 1}T00:00:00Z` })), traceId: 'tr' });

describe('every trigger the factories build is a polling trigger', () => {
  it('list, dropdown and watch triggers declare type polling', () => {
    const list = listTrigger({ ...base, key: 'list_things', inputs: inputs({}), request: () => ({ method: 'GET', path: apiPath`/things` }) });
    const dropdown = dropdownTrigger({ key: 'things_dropdown', noun: 'Thing', inputs: inputs({}), request: () => ({ method: 'GET', path: apiPath`/things` }) });
    const watch = watchTrigger({
      ...base,
      key: 'watch_thing',
      inputs: inputs({ thingId: id({ label: 'Thing', required: true }) }),
      request: ({ thingId }) => ({ method: 'GET', path: apiPath`/things/${thingId}` }),
      recordIdKey: 'thingId',
    });
    expect([list, dropdown, watch].map((trigger) => trigger.operation.type)).toEqual(['polling', 'polling', 'polling']);
  });
});

describe('listTrigger with readPages: an unsorted list read page after page', () => {
  it('reads no further page when the first one is short', async () => {
    const scope = highLevel().get('/things').query({ limit: '3' }).reply(200, things('a', 'b'));
    expect(((await runPerform(pagedTrigger({ offsetParam: 'skip', pageSize: 3, maxPages: 5 }))) as Array<{ id: string }>).map((item) => item.id)).toEqual([
      'b',
      'a',
    ]);
    scope.done();
  });

  it('moves the offset by the page size, keeps the request query, and stops at the first short page', async () => {
    const scope = highLevel()
      .get('/things').query({ limit: '2' }).reply(200, { things: [{ id: 'p1a', at: '2026-01-01T00:00:00Z' }, { id: 'p1b', at: '2026-01-04T00:00:00Z' }] })
      .get('/things').query({ limit: '2', offset: '2' }).reply(200, { things: [{ id: 'p2a', at: '2026-01-03T00:00:00Z' }, { id: 'p2b', at: '2026-01-06T00:00:00Z' }] })
      .get('/things').query({ limit: '2', offset: '4' }).reply(200, { things: [{ id: 'p3a', at: '2026-01-05T00:00:00Z' }] });
    const items = (await runPerform(pagedTrigger({ offsetParam: 'offset', pageSize: 2, maxPages: 5 }))) as Array<{ id: string }>;
    // Every page's items, newest first across pages.
    expect(items.map((item) => item.id)).toEqual(['p2b', 'p3a', 'p1b', 'p2a', 'p1a']);
    scope.done();
  });

  it('sends at most maxPages requests per poll, even when every page is full', async () => {
    const scope = highLevel()
      .get('/things').query({ limit: '2' }).reply(200, things('a', 'b'))
      .get('/things').query({ limit: '2', skip: '2' }).reply(200, things('c', 'd'))
      .get('/things').query({ limit: '2', skip: '4' }).reply(200, things('e', 'f'));
    const items = (await runPerform(pagedTrigger({ offsetParam: 'skip', pageSize: 2, maxPages: 3 }))) as Array<{ id: string }>;
    // Ties on the date keep the order read: the pages in order.
    expect(items.map((item) => item.id)).toEqual(['b', 'd', 'f', 'a', 'c', 'e']);
    scope.done();
  });

  it('keeps one item per id when a record shows on two pages', async () => {
    const scope = highLevel()
      .get('/things').query({ limit: '2' }).reply(200, { things: [{ id: 'a', n: 1 }, { id: 'b', n: 2 }] })
      .get('/things').query({ limit: '2', skip: '2' }).reply(200, { things: [{ id: 'b', n: 3 }] });
    const list = listTrigger({
      ...base,
      key: 'paged_unsorted',
      inputs: inputs({}),
      request: () => ({ method: 'GET', path: apiPath`/things`, query: { limit: 2 } }),
      listKey: 'things',
      readPages: { offsetParam: 'skip', pageSize: 2, maxPages: 4 },
    });
    expect(await runPerform(list)).toEqual([{ id: 'a', n: 1 }, { id: 'b', n: 2 }]);
    scope.done();
  });
});

describe('watchTrigger: the default change marker', () => {
  const watch = watchTrigger({
    ...base,
    key: 'watch_thing',
    inputs: inputs({ thingId: id({ label: 'Thing', required: true }) }),
    request: ({ thingId }) => ({ method: 'GET', path: apiPath`/things/${thingId}` }),
    objectKey: 'thing',
    recordIdKey: 'thingId',
  });

  it('takes an update date only when it is text: a numeric one gives a fingerprint of the record', async () => {
    const record = { id: 't1', dateUpdated: 1767225600000, name: 'Ann' };
    const scope = highLevel().get('/things/t1').reply(200, { thing: record, traceId: 'tr' });
    expect(await runPerform(watch, { thingId: 't1' })).toEqual([{ ...record, thingId: 't1', id: `t1:${fingerprint(record)}` }]);
    scope.done();
  });

  it('is an error, not "no record yet", when HighLevel answers with a list', async () => {
    const bare = watchTrigger({
      ...base,
      key: 'watch_bare',
      inputs: inputs({ thingId: id({ label: 'Thing', required: true }) }),
      request: ({ thingId }) => ({ method: 'GET', path: apiPath`/things/${thingId}` }),
      recordIdKey: 'thingId',
    });
    const scope = highLevel().get('/things/t1').reply(200, [{ id: 't1' }]);
    const error = (await runPerform(bare, { thingId: 't1' }).catch((caught: Error) => caught)) as Error;
    expect(JSON.parse(error.message)).toEqual({
      message: 'HighLevel answered New Thing with a list (1 items) instead of a record. This answer cannot be read; try again later, and report it if it persists.',
      code: 'InvalidResponse',
      status: 502,
    });
    scope.done();
  });
});
