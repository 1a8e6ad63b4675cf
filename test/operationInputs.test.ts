import nock from 'nock';
import App from '../index';
import { operationCases } from '../sandbox/operationInputs';
import { instantTriggers } from '../src/triggers/instant';
import { agencyAuthData, API, authData, run } from './helpers';

/** The shared valid inputs (sandbox tour, reliability tables, benchmark) must stay valid as operations change. */

describe('operationCases', () => {
  it('has a case for every operation of the app but the instant triggers, which HighLevel does not serve', () => {
    const app = App as unknown as Record<'triggers' | 'creates' | 'searches', Record<string, unknown>>;
    const appKeys = (['triggers', 'creates', 'searches'] as const).flatMap((kind) => Object.keys(app[kind] ?? {}));
    const instantKeys = instantTriggers.map(({ spec }) => spec.key);
    expect(instantKeys).toHaveLength(11);
    expect(operationCases.map((entry) => entry.key).sort()).toEqual(appKeys.filter((key) => !instantKeys.includes(key)).sort());
  });

  it.each(operationCases.map((entry) => [entry.key, entry] as const))('%s: its input passes validation and reaches HighLevel', async (_key, entry) => {
    let requests = 0;
    for (const method of ['get', 'post', 'put', 'delete', 'patch'] as const) {
      nock(API).persist()[method](/.*/).optionally().reply(200, () => {
        requests += 1;
        return {};
      });
    }
    const outcome = await run(entry.kind, entry.key, entry.inputData, { authData: entry.connection === 'agency' ? agencyAuthData : authData }).then(
      () => 'ok',
      (error: Error) => error.message,
    );
    expect(outcome).not.toMatch(/Invalid input|needs an agency|not tied to a sub-account/);
    expect(requests).toBeGreaterThan(0);
  });
});
