import nock from 'nock';
import { API, authData, COMPANY_ID, highLevel, run } from '../../helpers';

const agency = { access_token: authData.access_token, refresh_token: authData.refresh_token, companyId: COMPANY_ID };

describe('get_company (Get Company)', () => {
  it('refuses a sub-account connection plainly, without calling HighLevel', async () => {
    const scope = nock(API).get(`/companies/${COMPANY_ID}`).reply(200, {});
    await expect(run('triggers', 'get_company')).rejects.toThrow(/Get Company needs an agency-level HighLevel connection/);
    expect(scope.isDone()).toBe(false);
  });

  it('reads GET /companies/{companyId} with an agency connection; the id changes with the company', async () => {
    const company = { id: COMPANY_ID, name: 'Tesla inc', locationCount: 10 };
    const scope = highLevel()
      .get(`/companies/${COMPANY_ID}`)
      .reply(200, { company })
      .get(`/companies/${COMPANY_ID}`)
      .reply(200, { company: { ...company, locationCount: 11 } });
    const [first] = await run<Array<Record<string, unknown>>>('triggers', 'get_company', {}, { authData: agency });
    const [second] = await run<Array<Record<string, unknown>>>('triggers', 'get_company', {}, { authData: agency });
    expect(first).toMatchObject({ companyId: COMPANY_ID, name: 'Tesla inc', locationCount: 10 });
    expect(String(first?.id)).toMatch(new RegExp(`^${COMPANY_ID}:`));
    expect(second?.id).not.toEqual(first?.id);
    scope.done();
  });
});
