import { get } from 'node:https';
import nock from 'nock';
import { takeUnusedStubs } from '../nockGuard';

/** The rule test/setup.ts applies after each test: a nock stub left unused fails the test that declared it. */

const API = 'https://unused-stubs.example.com';
const call = (path: string) =>
  new Promise<void>((resolve, reject) => {
    get(`${API}${path}`, (response) => {
      response.resume();
      response.on('end', resolve);
    }).on('error', reject);
  });

describe('unused nock stubs', () => {
  it('are reported, and removed', () => {
    nock(API).get('/never-called').reply(200, {}).get('/also-never').reply(200, {});
    expect(takeUnusedStubs()).toEqual([`GET ${API}:443/never-called`, `GET ${API}:443/also-never`]);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('are not reported once used, or when the test judged the stub itself, or when optional', async () => {
    nock(API).get('/used').reply(200, {});
    const judged = nock(API).get('/judged').reply(200, {});
    nock(API).get('/maybe').optionally().reply(200, {});
    await call('/used');
    expect(judged.isDone()).toBe(false);
    expect(takeUnusedStubs()).toEqual([]);
  });
});
