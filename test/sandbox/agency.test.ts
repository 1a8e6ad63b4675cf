import { connectApp, pointAppAt } from '../../sandbox/connect';
import { DEMO } from '../../sandbox/demo';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { run } from '../helpers';

/** An agency connection end to end against the sandbox: one connection, steps on two sub-accounts through location tokens. */

let sandbox: Sandbox;
let restore: () => void;
let agency: Record<string, unknown>;

beforeAll(async () => {
  sandbox = await startSandbox({ rateLimit: false });
  restore = pointAppAt(sandbox);
  agency = await connectApp(sandbox, { agency: true });
});
afterAll(async () => {
  restore();
  await sandbox.close();
});

const exchangesSince = (start: number) => sandbox.requestLog.slice(start).filter((entry) => entry.path === '/oauth/locationToken');

describe('an agency connection against the sandbox', () => {
  it('is a Company connection with no location of its own', () => {
    expect(agency).toMatchObject({ account: 'agency', companyId: DEMO.companyId });
    expect(agency.locationId).toBeUndefined();
  });

  it('lists both sub-accounts of the agency in the Sub-account dropdown', async () => {
    const choices = await run<Array<{ id: string }>>('triggers', 'dropdown_sub_accounts', {}, { authData: agency });
    expect(choices.map((choice) => choice.id).sort()).toEqual([DEMO.locationId, DEMO.otherLocationId].sort());
  });

  it('creates and finds a contact in the chosen sub-account, minting its token once', async () => {
    const start = sandbox.requestLog.length;
    const created = await run<Record<string, unknown>>('creates', 'create_contact', { subAccount: DEMO.otherLocationId, email: 'dallas.lead@example.com', firstName: 'Dana' }, { authData: agency });
    expect(created).toMatchObject({ email: 'dallas.lead@example.com', locationId: DEMO.otherLocationId });
    const found = await run<Array<Record<string, unknown>>>('searches', 'find_contact', { subAccount: DEMO.otherLocationId, contactId: created.id }, { authData: agency });
    expect(found).toEqual([expect.objectContaining({ id: created.id, locationId: DEMO.otherLocationId })]);
    expect(exchangesSince(start)).toHaveLength(1);
  });

  it('runs an agency-only step with the agency token itself', async () => {
    const start = sandbox.requestLog.length;
    const [company] = await run<Array<Record<string, unknown>>>('triggers', 'get_company', {}, { authData: agency });
    expect(company).toMatchObject({ companyId: DEMO.companyId });
    expect(exchangesSince(start)).toHaveLength(0);
  });

  it('says plainly when the app cannot act on a sub-account', async () => {
    await expect(run('triggers', 'list_campaigns', { subAccount: 'NotOurLocation000001' }, { authData: agency })).rejects.toThrow(
      /sub-account NotOurLocation000001 .*The app must be installed on that sub-account/,
    );
  });
});
