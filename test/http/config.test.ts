import {
  apiBaseUrl,
  apiPathOf,
  checkedBaseUrl,
  DEFAULT_API_BASE_URL,
  DEFAULT_MARKETPLACE_URL,
  marketplaceAppId,
  marketplaceBaseUrl,
  versionForPath,
  WHITE_LABEL_MARKETPLACE_URL,
} from '../../src/http/config';
import { thrownBy } from '../outcomes';

/** Base URLs, API versions and the app id: read from the environment at call time, checked before any secret leaves. */

const KEYS = ['HIGHLEVEL_API_BASE_URL', 'HIGHLEVEL_MARKETPLACE_URL', 'HIGHLEVEL_LOCAL_TESTING', 'HIGHLEVEL_WHITE_LABEL', 'HIGHLEVEL_APP_ID', 'CLIENT_ID'] as const;
const saved: Record<string, string | undefined> = Object.fromEntries(KEYS.map((key) => [key, process.env[key]]));

/** Sets (or, with undefined, unsets) environment variables for the current test; afterEach restores them. */
const setEnv = (env: Partial<Record<(typeof KEYS)[number], string | undefined>>) => {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
};

beforeEach(() => setEnv({ HIGHLEVEL_API_BASE_URL: undefined, HIGHLEVEL_MARKETPLACE_URL: undefined, HIGHLEVEL_LOCAL_TESTING: undefined, HIGHLEVEL_WHITE_LABEL: undefined }));
afterEach(() => setEnv(saved));

const RULE =
  "It must be an https URL on HighLevel's hosts (leadconnectorhq.com, gohighlevel.com), or, with HIGHLEVEL_LOCAL_TESTING=true, a URL on this machine (127.0.0.1, localhost, [::1]). Unset it to use HighLevel.";
const refusal = (setting: string, why: string) => `${setting} is not allowed (${why}). ${RULE}`;
const NEEDS_SWITCH = 'a local URL needs HIGHLEVEL_LOCAL_TESTING=true';

/** The message of the error `work` throws (the test fails when it returns). */
const messageOf = (work: () => unknown): string => {
  const error = thrownBy(work);
  expect(error).toBeInstanceOf(Error);
  return (error as Error).message;
};

describe('checkedBaseUrl', () => {
  it('accepts HighLevel hosts over https and strips every trailing slash', () => {
    expect(checkedBaseUrl('S', 'https://services.leadconnectorhq.com')).toBe('https://services.leadconnectorhq.com');
    expect(checkedBaseUrl('S', 'https://services.leadconnectorhq.com/')).toBe('https://services.leadconnectorhq.com');
    expect(checkedBaseUrl('S', 'https://stage.services.leadconnectorhq.com///')).toBe('https://stage.services.leadconnectorhq.com');
    expect(checkedBaseUrl('S', 'https://gohighlevel.com/api/')).toBe('https://gohighlevel.com/api');
  });

  it('refuses text that is not a URL, with the whole explanation', () => {
    expect(messageOf(() => checkedBaseUrl('MY_SETTING', 'not a url'))).toBe(refusal('MY_SETTING', 'not a URL'));
  });

  it.each([
    ['a user name', 'https://user@services.leadconnectorhq.com'],
    ['a password', 'https://:secret@services.leadconnectorhq.com'],
    ['a query', 'https://services.leadconnectorhq.com/?x=1'],
    ['a fragment', 'https://services.leadconnectorhq.com/#top'],
  ])('refuses a base URL holding %s', (_what, value) => {
    expect(messageOf(() => checkedBaseUrl('MY_SETTING', value))).toBe(refusal('MY_SETTING', 'a base URL has no credentials, query or fragment'));
  });

  it('refuses plain http and other schemes on HighLevel hosts', () => {
    expect(messageOf(() => checkedBaseUrl('MY_SETTING', 'http://services.leadconnectorhq.com'))).toBe(refusal('MY_SETTING', 'not https'));
    expect(messageOf(() => checkedBaseUrl('MY_SETTING', 'ftp://services.leadconnectorhq.com'))).toBe(refusal('MY_SETTING', 'not https'));
  });

  it('refuses other hosts over https, naming the host', () => {
    expect(messageOf(() => checkedBaseUrl('MY_SETTING', 'https://evil.example.com/'))).toBe(refusal('MY_SETTING', 'evil.example.com is not a HighLevel host'));
  });

  describe('without the local-testing switch', () => {
    it.each(['http://127.0.0.1:4646', 'https://127.0.0.1:4646', 'http://localhost:8080', 'https://[::1]:9000'])('refuses the loopback URL %s, saying it needs the switch', (value) => {
      expect(messageOf(() => checkedBaseUrl('MY_SETTING', value))).toBe(refusal('MY_SETTING', NEEDS_SWITCH));
    });

    it.each(['xtrue', 'true1', 'on', ''])('a switch set to %j is off', (value) => {
      setEnv({ HIGHLEVEL_LOCAL_TESTING: value });
      expect(messageOf(() => checkedBaseUrl('MY_SETTING', 'http://127.0.0.1:4646'))).toBe(refusal('MY_SETTING', NEEDS_SWITCH));
    });
  });

  describe('with the local-testing switch', () => {
    it.each(['1', 'true', 'TRUE', 'yes'])('HIGHLEVEL_LOCAL_TESTING=%s allows http and https on loopback, without trailing slashes', (value) => {
      setEnv({ HIGHLEVEL_LOCAL_TESTING: value });
      expect(checkedBaseUrl('S', 'http://127.0.0.1:4646')).toBe('http://127.0.0.1:4646');
      expect(checkedBaseUrl('S', 'https://localhost:8443//')).toBe('https://localhost:8443');
      expect(checkedBaseUrl('S', 'http://[::1]:9000/')).toBe('http://[::1]:9000');
    });

    it('still refuses other schemes on loopback, saying the scheme is what is wrong (the switch is on)', () => {
      setEnv({ HIGHLEVEL_LOCAL_TESTING: 'true' });
      expect(messageOf(() => checkedBaseUrl('MY_SETTING', 'ftp://127.0.0.1:4646'))).toBe(refusal('MY_SETTING', 'a local URL must be http or https'));
    });

    it('still refuses hosts that are not on this machine, over http or https', () => {
      setEnv({ HIGHLEVEL_LOCAL_TESTING: 'true' });
      expect(messageOf(() => checkedBaseUrl('MY_SETTING', 'http://10.0.0.5:4646'))).toBe(refusal('MY_SETTING', 'not https'));
      expect(messageOf(() => checkedBaseUrl('MY_SETTING', 'https://10.0.0.5:4646'))).toBe(refusal('MY_SETTING', '10.0.0.5 is not a HighLevel host'));
    });

    it('still refuses credentials on loopback', () => {
      setEnv({ HIGHLEVEL_LOCAL_TESTING: 'true' });
      expect(messageOf(() => checkedBaseUrl('MY_SETTING', 'http://me:pw@127.0.0.1:4646'))).toBe(refusal('MY_SETTING', 'a base URL has no credentials, query or fragment'));
    });
  });
});

describe('apiBaseUrl', () => {
  it("is HighLevel's API host when HIGHLEVEL_API_BASE_URL is unset or empty", () => {
    expect(apiBaseUrl()).toBe('https://services.leadconnectorhq.com');
    expect(DEFAULT_API_BASE_URL).toBe('https://services.leadconnectorhq.com');
    setEnv({ HIGHLEVEL_API_BASE_URL: '' });
    expect(apiBaseUrl()).toBe('https://services.leadconnectorhq.com');
  });

  it('is the checked override, and a refused override names HIGHLEVEL_API_BASE_URL', () => {
    setEnv({ HIGHLEVEL_API_BASE_URL: 'https://staging.leadconnectorhq.com/' });
    expect(apiBaseUrl()).toBe('https://staging.leadconnectorhq.com');
    setEnv({ HIGHLEVEL_API_BASE_URL: 'https://evil.example.com' });
    expect(messageOf(() => apiBaseUrl())).toBe(refusal('HIGHLEVEL_API_BASE_URL', 'evil.example.com is not a HighLevel host'));
  });
});

describe('marketplaceBaseUrl', () => {
  it("is HighLevel's marketplace by default", () => {
    expect(marketplaceBaseUrl()).toBe('https://marketplace.gohighlevel.com');
    expect(DEFAULT_MARKETPLACE_URL).toBe('https://marketplace.gohighlevel.com');
  });

  it.each(['1', 'true', 'Yes'])('is the white-label marketplace with HIGHLEVEL_WHITE_LABEL=%s', (value) => {
    setEnv({ HIGHLEVEL_WHITE_LABEL: value });
    expect(marketplaceBaseUrl()).toBe('https://marketplace.leadconnectorhq.com');
    expect(WHITE_LABEL_MARKETPLACE_URL).toBe('https://marketplace.leadconnectorhq.com');
  });

  it.each(['xtrue', 'truex', 'no', ''])('stays on the default marketplace with HIGHLEVEL_WHITE_LABEL=%j', (value) => {
    setEnv({ HIGHLEVEL_WHITE_LABEL: value });
    expect(marketplaceBaseUrl()).toBe('https://marketplace.gohighlevel.com');
  });

  it('is HIGHLEVEL_MARKETPLACE_URL when set (checked), even with the white-label switch', () => {
    setEnv({ HIGHLEVEL_MARKETPLACE_URL: 'https://app.gohighlevel.com/', HIGHLEVEL_WHITE_LABEL: 'true' });
    expect(marketplaceBaseUrl()).toBe('https://app.gohighlevel.com');
    setEnv({ HIGHLEVEL_MARKETPLACE_URL: 'http://app.gohighlevel.com' });
    expect(messageOf(() => marketplaceBaseUrl())).toBe(refusal('HIGHLEVEL_MARKETPLACE_URL', 'not https'));
  });
});

describe('versionForPath', () => {
  it.each([
    ['/calendars', '2021-04-15'],
    ['/calendars/', '2021-04-15'],
    ['/calendars/events/appointments/e1', '2021-04-15'],
    ['/conversations', '2021-04-15'],
    ['/conversations/messages', '2021-04-15'],
    ['/calendarsx', '2021-07-28'],
    ['/conversations-archive/1', '2021-07-28'],
    ['/contacts/calendars/', '2021-07-28'],
    ['/contacts/', '2021-07-28'],
    ['/', '2021-07-28'],
  ])('%s is on API version %s', (path, version) => {
    expect(versionForPath(path)).toBe(version);
  });
});

describe('apiPathOf', () => {
  it("gives the path of URLs on HighLevel's API host", () => {
    expect(apiPathOf('https://services.leadconnectorhq.com')).toBe('/');
    expect(apiPathOf('https://services.leadconnectorhq.com/contacts/c1?x=1')).toBe('/contacts/c1');
    expect(apiPathOf('https://services.leadconnectorhq.com?locationId=l1')).toBe('/');
  });

  it('gives nothing for other hosts, or hosts that only start like the API host', () => {
    expect(apiPathOf('https://files.example.com/a.wav')).toBeUndefined();
    expect(apiPathOf('https://services.leadconnectorhq.com.evil.io/contacts')).toBeUndefined();
    expect(apiPathOf('https://evil.io/?u=https://services.leadconnectorhq.com?')).toBeUndefined();
    expect(apiPathOf('https://evil.io/https://services.leadconnectorhq.com/')).toBeUndefined();
  });

  it('follows HIGHLEVEL_API_BASE_URL', () => {
    setEnv({ HIGHLEVEL_LOCAL_TESTING: 'true', HIGHLEVEL_API_BASE_URL: 'http://127.0.0.1:4646/' });
    expect(apiPathOf('http://127.0.0.1:4646/opportunities/search')).toBe('/opportunities/search');
    expect(apiPathOf('https://services.leadconnectorhq.com/contacts/c1')).toBeUndefined();
  });
});

describe('marketplaceAppId', () => {
  it('is HIGHLEVEL_APP_ID when set', () => {
    setEnv({ HIGHLEVEL_APP_ID: 'app-override', CLIENT_ID: 'abc123-xyz' });
    expect(marketplaceAppId()).toBe('app-override');
  });

  it("is the client id's part before the first dash otherwise", () => {
    setEnv({ HIGHLEVEL_APP_ID: undefined, CLIENT_ID: 'abc123-xyz-more' });
    expect(marketplaceAppId()).toBe('abc123');
    setEnv({ HIGHLEVEL_APP_ID: '', CLIENT_ID: 'nodash' });
    expect(marketplaceAppId()).toBe('nodash');
  });

  it('is empty without a client id, or when the client id starts with a dash', () => {
    setEnv({ HIGHLEVEL_APP_ID: undefined, CLIENT_ID: undefined });
    expect(marketplaceAppId()).toBe('');
    setEnv({ CLIENT_ID: '-suffix' });
    expect(marketplaceAppId()).toBe('');
  });
});
