import nock from 'nock';
import { API, authData, COMPANY_ID, highLevel, run } from '../../helpers';

const agency = { access_token: authData.access_token, refresh_token: authData.refresh_token, companyId: COMPANY_ID };

describe('create_location (Create Location)', () => {
  it('refuses a sub-account connection plainly, without calling HighLevel', async () => {
    const scope = nock(API).post('/locations/').reply(201, {});
    await expect(run('creates', 'create_location', { name: 'Mark Shoes' })).rejects.toThrow(/Create Location needs an agency-level HighLevel connection/);
    expect(scope.isDone()).toBe(false);
  });

  it('posts CreateLocationDto with the connection company id and nested prospect/settings', async () => {
    const scope = highLevel()
      .post('/locations/', {
        name: 'Mark Shoes',
        phone: '+14100399400',
        city: 'New York',
        country: 'US',
        website: 'https://markshoes.example.com',
        timezone: 'America/Chicago',
        snapshotId: 'snap1',
        companyId: COMPANY_ID,
        prospectInfo: { firstName: 'John', lastName: 'Doe', email: 'john.doe@example.com' },
        settings: { allowDuplicateContact: false },
      })
      .reply(201, { id: 'loc9', companyId: COMPANY_ID, name: 'Mark Shoes' });
    const created = await run(
      'creates',
      'create_location',
      {
        name: 'Mark Shoes',
        phone: '+1 (410) 039-9400',
        address: '',
        city: 'New York',
        country: 'US',
        website: 'https://markshoes.example.com',
        timezone: 'America/Chicago',
        snapshotId: 'snap1',
        prospectFirstName: 'John',
        prospectLastName: 'Doe',
        prospectEmail: 'john.doe@example.com',
        allowDuplicateContact: 'no',
      },
      { authData: agency },
    );
    expect(created).toEqual({ id: 'loc9', companyId: COMPANY_ID, name: 'Mark Shoes' });
    scope.done();
  });

  it('refuses a missing name, an unknown country and an incomplete prospect before any request', async () => {
    await expect(run('creates', 'create_location', { country: 'XX' }, { authData: agency })).rejects.toThrow(
      /Name \(name\) is required\. Country \(country\): expected one of: AF/,
    );
    await expect(run('creates', 'create_location', { name: 'Shop', prospectEmail: 'a@b.co' }, { authData: agency })).rejects.toThrow(
      /first name, last name and email together/,
    );
  });
});
