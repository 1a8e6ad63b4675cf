import type { Bundle } from 'zapier-platform-core';
import { connectionOf, isAgencyConnection, picksSubAccount, requireAgencyConnection, subAccountRequired, workingSubAccount } from '../src/connection';

/** The connection's facts as operations read them, straight from a bundle (no request is made). */

const bundleOf = (authData: Record<string, unknown>, inputData: Record<string, unknown> = {}) => ({ authData, inputData }) as unknown as Bundle;

/** What a zapier-platform-core `errors.Error` carries: its message is JSON of message, code and status. */
const refusal = (read: () => unknown): Record<string, unknown> => {
  try {
    read();
  } catch (error) {
    return JSON.parse((error as Error).message) as Record<string, unknown>;
  }
  throw new Error('expected a refusal');
};

describe('isAgencyConnection', () => {
  it.each([
    [{ account: 'agency', access_token: 't' }, true],
    [{ userType: 'Company', access_token: 't' }, true],
    // Made before the kind was stored: a company and no location is an agency, but only with a token.
    [{ companyId: 'comp_1', access_token: 't' }, true],
    [{ companyId: 'comp_1' }, false],
    [{ companyId: 'comp_1', locationId: 'loc_1', access_token: 't' }, false],
    [{ account: 'sub-account', locationId: 'loc_1', access_token: 't' }, false],
    [{ userType: 'Location', locationId: 'loc_1', access_token: 't' }, false],
  ])('%j → %s', (authData, agency) => {
    expect(isAgencyConnection(bundleOf(authData))).toBe(agency);
  });

  it('a bulk-installed agency token bound to the one sub-account the user chose does not pick one per step', () => {
    expect(picksSubAccount(bundleOf({ account: 'agency', locationId: 'loc_1', access_token: 't' }))).toBe(false);
    expect(picksSubAccount(bundleOf({ account: 'agency', access_token: 't' }))).toBe(true);
  });
});

describe('workingSubAccount', () => {
  it('is the sub-account chosen in the step, else the one the connection is bound to', () => {
    expect(workingSubAccount(bundleOf({ account: 'agency', locationId: 'loc_Bound1', access_token: 't' }, { subAccount: 'loc_Chosen1' }))).toBe('loc_Chosen1');
    expect(workingSubAccount(bundleOf({ account: 'agency', locationId: 'loc_Bound1', access_token: 't' }))).toBe('loc_Bound1');
    expect(workingSubAccount(bundleOf({ account: 'agency', access_token: 't' }))).toBeUndefined();
  });

  it('refuses a Sub-account mapped but empty rather than falling back to the bound one', () => {
    expect(refusal(() => workingSubAccount(bundleOf({ account: 'agency', locationId: 'loc_Bound1', access_token: 't' }, { subAccount: '  ' })))).toEqual(
      JSON.parse(subAccountRequired().message),
    );
  });

  it('a bundle without authData is no agency and has no sub-account', () => {
    const bare = { inputData: {} } as unknown as Bundle;
    expect([isAgencyConnection(bare), workingSubAccount(bare), connectionOf(bare).userId]).toEqual([false, undefined, undefined]);
  });
});

describe('connectionOf', () => {
  it('reads the ids of a sub-account connection', () => {
    const connection = connectionOf(bundleOf({ locationId: 'loc_1', companyId: 'comp_1', userId: 'user_1', access_token: 't' }));
    expect([connection.locationId, connection.companyId, connection.userId, connection.isAgency]).toEqual(['loc_1', 'comp_1', 'user_1', false]);
    expect(connectionOf(bundleOf({ locationId: 'loc_1', userId: '' })).userId).toBeUndefined();
    // Stored values that are not text are no ids: a numeric user id or location is taken as none.
    expect(connectionOf(bundleOf({ locationId: 'loc_1', userId: 42 })).userId).toBeUndefined();
    expect(refusal(() => connectionOf(bundleOf({ account: 'sub-account', locationId: 7, access_token: 't' })).locationId)).toMatchObject({ code: 'NoSubAccount', status: 400 });
  });

  it('an agency connection works on the sub-account chosen in the step', () => {
    const connection = connectionOf(bundleOf({ account: 'agency', companyId: 'comp_1', access_token: 't' }, { subAccount: 'loc_Chosen1' }));
    expect([connection.locationId, connection.companyId, connection.isAgency]).toEqual(['loc_Chosen1', 'comp_1', true]);
  });

  it('refuses, naming the Sub-account input, when an agency step has none or an empty one', () => {
    const expected = JSON.parse(subAccountRequired().message) as Record<string, unknown>;
    expect(expected).toEqual({
      message: expect.stringMatching(/^Invalid input\. Sub-account \(subAccount\) is required: this HighLevel connection is for an agency/),
      code: 'InvalidInput',
      status: 400,
    });
    expect(refusal(() => connectionOf(bundleOf({ account: 'agency', access_token: 't' })).locationId)).toEqual(expected);
    expect(refusal(() => connectionOf(bundleOf({ account: 'agency', access_token: 't' }, { subAccount: '' })).locationId)).toEqual(expected);
  });

  it('a sub-account connection without a location says to reconnect and choose one', () => {
    expect(refusal(() => connectionOf(bundleOf({ account: 'sub-account', access_token: 't' })).locationId)).toEqual({
      message: 'This HighLevel connection is not tied to a sub-account. Reconnect HighLevel and choose a sub-account (location) on the consent page.',
      code: 'NoSubAccount',
      status: 400,
    });
  });

  it('a connection without a company id says to reconnect', () => {
    expect(refusal(() => connectionOf(bundleOf({ locationId: 'loc_1' })).companyId)).toEqual({
      message: 'This HighLevel connection has no agency (company) id. Reconnect HighLevel.',
      code: 'NoCompany',
      status: 400,
    });
  });
});

describe('requireAgencyConnection', () => {
  it('refuses a sub-account connection before any request, naming the step and what to do', () => {
    expect(refusal(() => requireAgencyConnection(bundleOf({ locationId: 'loc_1', access_token: 't' }), 'Find Sub-account'))).toEqual({
      message:
        'Find Sub-account needs an agency-level HighLevel connection, and this connection is for one sub-account. Add a new HighLevel connection, choose Agency as its connection type, and use it in this step.',
      code: 'AgencyConnectionRequired',
      status: 403,
    });
  });

  it('lets an agency connection through', () => {
    expect(() => requireAgencyConnection(bundleOf({ account: 'agency', access_token: 't' }), 'Find Sub-account')).not.toThrow();
  });
});
