import nock from 'nock';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { callApi, wellFormed, type ApiRequest } from '../../src/http/client';
import { UNKNOWN_RESULT } from '../../src/http/errors';
import { apiPath } from '../../src/http/path';
import { API, appErrorOf, authData, failureOf, sendApi } from '../helpers';

/** callApi, the one shared request layer: what it sends, and which answers it accepts. */

const send = (request: ApiRequest) => sendApi(request);


/** The {message, code, status} of the AppError a request fails with. */
const appErrorIn = async (request: Promise<unknown>) => appErrorOf(await failureOf(request));

/** JSON text nesting `levels` objects, the innermost holding `leaf`. */
const nestedObjects = (levels: number, leaf: string) => `${'{"a":'.repeat(levels)}${leaf}${'}'.repeat(levels)}`;

describe('wellFormed', () => {
  it('replaces a lone surrogate with U+FFFD and keeps whole characters', () => {
    expect(wellFormed('a\uD800b')).toBe('a\uFFFDb');
    expect(wellFormed('\uDE00x')).toBe('\uFFFDx');
    expect(wellFormed('ok 😀')).toBe('ok 😀');
  });
});

describe('what callApi sends', () => {
  it('leaves null, undefined and empty query values out of the URL, and keeps 0 and false', async () => {
    const scope = nock(API)
      .get('/contacts/')
      .query({ zero: '0', no: 'false', q: 'x' })
      .reply(200, { contacts: [] });
    await expect(send({ method: 'GET', path: apiPath`/contacts/`, query: { zero: 0, no: false, q: 'x', nothing: null, unset: undefined, empty: '' } })).resolves.toEqual({ contacts: [] });
    scope.done();
  });

  it('sends no Content-Type and no body on a request without a body', async () => {
    let sentBody: unknown = 'not called';
    const scope = nock(API, { badheaders: ['content-type'] })
      .get('/contacts/c1')
      .reply(function (this: nock.ReplyFnContext, _uri, body) {
        sentBody = body;
        return [200, { contact: { id: 'c1' } }];
      });
    await expect(send({ method: 'GET', path: apiPath`/contacts/c1` })).resolves.toEqual({ contact: { id: 'c1' } });
    expect(sentBody).toBe('');
    scope.done();
  });

  it('writes every lone surrogate of a JSON body, at any depth, as U+FFFD', async () => {
    let raw = '';
    const scope = nock(API, { reqheaders: { 'content-type': 'application/json' } })
      .post('/contacts/', (body: unknown) => {
        raw = JSON.stringify(body);
        return true;
      })
      .reply(201, { contact: { id: 'c1' } });
    await send({ method: 'POST', path: apiPath`/contacts/`, body: { name: 'Ann\uD83D', count: 2, nested: { tags: ['\uDE00x', '😀'], flag: true } } });
    expect(JSON.parse(raw)).toEqual({ name: 'Ann\uFFFD', count: 2, nested: { tags: ['\uFFFDx', '😀'], flag: true } });
    scope.done();
  });

  it('sends a form body form-encoded, with the form content type, values as text', async () => {
    const scope = nock(API, { reqheaders: { 'content-type': 'application/x-www-form-urlencoded' } })
      .post('/oauth/locationToken', 'companyId=comp+1&locationId=loc%2F2&n=5&bad=%EF%BF%BD')
      .reply(200, { access_token: 'minted' });
    await expect(
      send({ method: 'POST', path: apiPath`/oauth/locationToken`, body: { companyId: 'comp 1', locationId: 'loc/2', n: 5, bad: '\uD800' }, encoding: 'form' }),
    ).resolves.toEqual({ access_token: 'minted' });
    scope.done();
  });

  it('hands z.request the URL, method, the merge switch off, and no body for a bodiless DELETE', async () => {
    const sent: Record<string, unknown>[] = [];
    const z = {
      request: async (options: Record<string, unknown>) => {
        sent.push(options);
        return { status: 200, content: undefined, data: undefined, headers: new Headers() };
      },
    } as unknown as ZObject;
    // A response without content at all (no text read) is empty: for a delete that is success.
    await expect(callApi(z, { authData } as unknown as Bundle, { method: 'DELETE', path: apiPath`/contacts/c1`, query: { force: true } })).resolves.toEqual({});
    expect(sent).toEqual([{ url: `${API}/contacts/c1?force=true`, method: 'DELETE', merge: false, headers: {}, body: undefined }]);
  });
});

describe('empty answers', () => {
  it('a DELETE answered 200 with no content returns {}', async () => {
    const scope = nock(API).delete('/contacts/c1').reply(200, '');
    await expect(send({ method: 'DELETE', path: apiPath`/contacts/c1` })).resolves.toEqual({});
    scope.done();
  });

  it('a DELETE answered with only whitespace returns {}', async () => {
    const scope = nock(API).delete('/contacts/c1').reply(200, ' \n\t ');
    await expect(send({ method: 'DELETE', path: apiPath`/contacts/c1` })).resolves.toEqual({});
    scope.done();
  });

  it('a POST answered 204 returns {}', async () => {
    const scope = nock(API).post('/contacts/c1/tags', { tags: ['a'] }).reply(204);
    await expect(send({ method: 'POST', path: apiPath`/contacts/c1/tags`, body: { tags: ['a'] } })).resolves.toEqual({});
    scope.done();
  });

  it('a GET answered 200 with no content is an InvalidResponse error that says a read can be retried', async () => {
    const scope = nock(API).get('/contacts/c1').reply(200, '');
    expect(await appErrorIn(send({ method: 'GET', path: apiPath`/contacts/c1` }))).toEqual({
      message: 'HighLevel answered GET /contacts/c1 with an empty response (HTTP 200) where data was expected. Try again later.',
      code: 'InvalidResponse',
      status: 200,
    });
    scope.done();
  });

  it('a GET answered with only whitespace is an empty response, not a JSON error', async () => {
    const scope = nock(API).get('/contacts/c1').reply(200, '   \n');
    const error = await appErrorIn(send({ method: 'GET', path: apiPath`/contacts/c1` }));
    expect(error.message).toBe('HighLevel answered GET /contacts/c1 with an empty response (HTTP 200) where data was expected. Try again later.');
    scope.done();
  });

  it('a PUT answered 200 with no content is an error that says the result of the write is unknown', async () => {
    const scope = nock(API).put('/contacts/c1', { firstName: 'Ann' }).reply(200, '');
    expect(await appErrorIn(send({ method: 'PUT', path: apiPath`/contacts/c1`, body: { firstName: 'Ann' } }))).toEqual({
      message: `HighLevel answered PUT /contacts/c1 with an empty response (HTTP 200) where data was expected. ${UNKNOWN_RESULT}`,
      code: 'InvalidResponse',
      status: 200,
    });
    scope.done();
  });
});

describe('answers that are no record', () => {
  it('text that is not JSON, without a content type, is an error saying so', async () => {
    const scope = nock(API).post('/contacts/', { firstName: 'Ann' }).reply(201, 'created');
    expect(await appErrorIn(send({ method: 'POST', path: apiPath`/contacts/`, body: { firstName: 'Ann' } }))).toEqual({
      message: `HighLevel answered POST /contacts/ with something that is not JSON (no content type). ${UNKNOWN_RESULT}`,
      code: 'InvalidResponse',
      status: 201,
    });
    scope.done();
  });

  it('JSON null is an error naming null', async () => {
    const scope = nock(API).get('/contacts/c1').reply(200, 'null', { 'Content-Type': 'application/json' });
    expect(await appErrorIn(send({ method: 'GET', path: apiPath`/contacts/c1` }))).toEqual({
      message: 'HighLevel answered GET /contacts/c1 with null where an object or a list was expected. Try again later.',
      code: 'InvalidResponse',
      status: 200,
    });
    scope.done();
  });

  it('a bare JSON string is an error naming its type, not null', async () => {
    const scope = nock(API).get('/contacts/c1').reply(200, '"ok"', { 'Content-Type': 'application/json' });
    const error = await appErrorIn(send({ method: 'GET', path: apiPath`/contacts/c1` }));
    expect(error.message).toBe('HighLevel answered GET /contacts/c1 with a bare string where an object or a list was expected. Try again later.');
    scope.done();
  });

  it('a DELETE answered with a bare value (true, null) returns {}', async () => {
    const scope = nock(API)
      .delete('/contacts/c1')
      .reply(200, 'true', { 'Content-Type': 'application/json' })
      .delete('/contacts/c2')
      .reply(200, 'null', { 'Content-Type': 'application/json' });
    await expect(send({ method: 'DELETE', path: apiPath`/contacts/c1` })).resolves.toEqual({});
    await expect(send({ method: 'DELETE', path: apiPath`/contacts/c2` })).resolves.toEqual({});
    scope.done();
  });

  it('a DELETE answered with an object returns that object', async () => {
    const scope = nock(API).delete('/contacts/c1').reply(200, { succeded: true });
    await expect(send({ method: 'DELETE', path: apiPath`/contacts/c1` })).resolves.toEqual({ succeded: true });
    scope.done();
  });
});

describe('how deep an answer may nest', () => {
  it('accepts objects nested 65 deep (64 below the top), leaf value included', async () => {
    const body = nestedObjects(65, '1');
    const scope = nock(API).get('/contacts/c1').reply(200, body, { 'Content-Type': 'application/json' });
    await expect(send({ method: 'GET', path: apiPath`/contacts/c1` })).resolves.toEqual(JSON.parse(body));
    scope.done();
  });

  it('accepts 65 nested objects whose innermost holds null and a string', async () => {
    const body = `${'{"a":'.repeat(64)}{"a":null,"b":"x"}${'}'.repeat(64)}`;
    const scope = nock(API).get('/contacts/c1').reply(200, body, { 'Content-Type': 'application/json' });
    await expect(send({ method: 'GET', path: apiPath`/contacts/c1` })).resolves.toEqual(JSON.parse(body));
    scope.done();
  });

  it('refuses objects nested 66 deep, as a write whose result is unknown', async () => {
    const scope = nock(API).post('/contacts/', {}).reply(201, nestedObjects(66, '1'), { 'Content-Type': 'application/json' });
    expect(await appErrorIn(send({ method: 'POST', path: apiPath`/contacts/`, body: {} }))).toEqual({
      message: `HighLevel answered POST /contacts/ with data nested deeper than 64 levels, which no HighLevel record is. ${UNKNOWN_RESULT}`,
      code: 'InvalidResponse',
      status: 201,
    });
    scope.done();
  });

  it('counts lists as levels too: 65 nested lists pass, 66 are refused', async () => {
    const lists = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    const scope = nock(API)
      .get('/contacts/a')
      .reply(200, lists(65), { 'Content-Type': 'application/json' })
      .get('/contacts/b')
      .reply(200, lists(66), { 'Content-Type': 'application/json' });
    await expect(send({ method: 'GET', path: apiPath`/contacts/a` })).resolves.toEqual(JSON.parse(lists(65)));
    const error = await appErrorIn(send({ method: 'GET', path: apiPath`/contacts/b` }));
    expect(error.message).toBe('HighLevel answered GET /contacts/b with data nested deeper than 64 levels, which no HighLevel record is. Try again later.');
    scope.done();
  });

  it('finds the deep branch next to shallow ones', async () => {
    const body = `{"x":1,"y":null,"z":[{"k":"v"}],"deep":${nestedObjects(65, '1')}}`;
    const scope = nock(API).get('/contacts/c1').reply(200, body, { 'Content-Type': 'application/json' });
    const error = await appErrorIn(send({ method: 'GET', path: apiPath`/contacts/c1` }));
    expect(error.message).toMatch(/^HighLevel answered GET \/contacts\/c1 with data nested deeper than 64 levels/);
    scope.done();
  });
});
