import { createHash } from 'node:crypto';
import nock from 'nock';
import { createAppTester } from 'zapier-platform-core';
import App from '../../index';
import { connectionCacheKey } from '../../src/http/cache';
import { fetchCustomFields } from '../../src/fields/customFields';
import { API, authData, LOCATION_ID } from '../helpers';

/** Issue 15.1: what one connection caches, no other connection can read. */
describe('connection cache', () => {
  const tester = createAppTester(App) as ReturnType<typeof createAppTester> & { zcacheTestObj: Record<string, unknown> };
  const connectionA = authData;
  // Another connection (an agency one, say) that names the same sub-account id.
  const connectionB = { ...authData, access_token: 'other-connection-token-55aa', refresh_token: 'other-refresh-66bb' };
  const definitions = { customFields: [{ id: 'cfSecret', name: 'Salary band', dataType: 'TEXT', model: 'contact' }] };
  const load = (auth: Record<string, unknown>) =>
    tester((z, bundle) => fetchCustomFields(z, bundle, 'contact'), { authData: auth, inputData: {} } as never) as Promise<unknown[]>;

  beforeEach(() => {
    tester.zcacheTestObj = {};
  });

  it('connection B makes its own request and never gets what connection A cached', async () => {
    const first = nock(API, { reqheaders: { authorization: `Bearer ${connectionA.access_token}` } })
      .get(`/locations/${LOCATION_ID}/customFields`)
      .query({ model: 'contact' })
      .reply(200, definitions);
    expect(await load(connectionA)).toEqual(definitions.customFields);
    first.done();

    const second = nock(API, { reqheaders: { authorization: `Bearer ${connectionB.access_token}` } })
      .get(`/locations/${LOCATION_ID}/customFields`)
      .query({ model: 'contact' })
      .reply(200, { customFields: [] });
    expect(await load(connectionB)).toEqual([]);
    second.done();

    // Connection A is still served from its own entry, without a request.
    expect(await load(connectionA)).toEqual(definitions.customFields);
    expect(Object.keys(tester.zcacheTestObj)).toHaveLength(2);
  });

  it('keys hold a digest of the token, never the token itself', () => {
    const key = connectionCacheKey({ authData: connectionA } as never, 'customFields', LOCATION_ID, 'contact');
    expect(key).toMatch(/^highlevel:customFields:[0-9a-f]{16}:loc_Test123:contact$/);
    expect(key).not.toContain(connectionA.access_token);
    expect(connectionCacheKey({ authData: connectionB } as never, 'customFields', LOCATION_ID, 'contact')).not.toBe(key);
  });

  it('a bundle without authData, or without an access token, keys on the digest of empty text', () => {
    const emptyDigest = createHash('sha256').update('').digest('hex').slice(0, 16);
    expect(connectionCacheKey({} as never, 'customFields', LOCATION_ID)).toBe(`highlevel:customFields:${emptyDigest}:loc_Test123`);
    expect(connectionCacheKey({ authData: { locationId: LOCATION_ID } } as never, 'customFields')).toBe(`highlevel:customFields:${emptyDigest}`);
  });
});
