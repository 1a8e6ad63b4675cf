import { DEMO } from '../../sandbox/demo';
import { run } from '../helpers';
import { useConnectedSandbox } from './support';

/** An agency connection end to end against the sandbox: one connection, steps on two sub-accounts through location tokens. */

// One connection for the whole file: its location tokens carry over from test to test, as in a Zap.
const connected = useConnectedSandbox({ agency: true, reset: false });

const exchangesSince = (start: number) => connected.sandbox.requestLog.slice(start).filter((entry) => entry.path === '/oauth/locationToken');

describe('an agency connection against the sandbox', () => {
  it('is a Company connection with no location of its own', () => {
    expect(connected.authData).toMatchObject({ account: 'agency', companyId: DEMO.companyId });
    expect(connected.authData.locationId).toBeUndefined();
  });

  it('lists both sub-accounts of the agency in the Sub-account dropdown', async () => {
    const choices = await run<Array<{ id: string }>>('triggers', 'dropdown_sub_accounts', {}, { authData: connected.authData });
    expect(choices.map((choice) => choice.id).sort()).toEqual([DEMO.locationId, DEMO.otherLocationId].sort());
  });

  it('creates and finds a contact in the chosen sub-account, minting its token once', async () => {
    const start = connected.sandbox.requestLog.length;
    const created = await run<Record<string, unknown>>('creates', 'create_contact', { subAccount: DEMO.otherLocationId, email: 'dallas.lead@example.com', firstName: 'Dana' }, { authData: connected.authData });
    expect(created).toMatchObject({ email: 'dallas.lead@example.com', locationId: DEMO.otherLocationId });
    const found = await run<Array<Record<string, unknown>>>('searches', 'find_contact', { subAccount: DEMO.otherLocationId, contactId: created.id }, { authData: connected.authData });
    expect(found).toEqual([expect.objectContaining({ id: created.id, locationId: DEMO.otherLocationId })]);
    expect(exchangesSince(start)).toHaveLength(1);
  });

  it('runs an agency-only step with the agency token itself', async () => {
    const start = connected.sandbox.requestLog.length;
    const [company] = await run<Array<Record<string, unknown>>>('triggers', 'get_company', {}, { authData: connected.authData });
    expect(company).toMatchObject({ companyId: DEMO.companyId });
    expect(exchangesSince(start)).toHaveLength(0);
  });

  it('says plainly when the app cannot act on a sub-account', async () => {
    await expect(run('triggers', 'list_campaigns', { subAccount: 'NotOurLocation000001' }, { authData: connected.authData })).rejects.toThrow(
      /sub-account NotOurLocation000001 .*The app must be installed on that sub-account/,
    );
  });
});
