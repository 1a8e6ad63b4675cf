import { COMPANY_ID, highLevel, LOCATION_ID, operationOf, run } from '../../helpers';
import { userBody } from '../../../src/fields/user';

describe('create_user (Create User)', () => {
  it('posts the required fields with the company id and the sub-account as locationIds, plus permissions and scopes', async () => {
    const scope = highLevel()
      .post('/users/', {
        companyId: COMPANY_ID,
        firstName: 'Ada',
        lastName: 'Lovelace',
        password: 'S3cret!pass',
        phone: '+15551234567',
        type: 'account',
        role: 'user',
        scopes: ['contacts.write', 'opportunities.write'],
        email: 'ada@example.com',
        permissions: { contactsEnabled: true, opportunitiesEnabled: true, settingsEnabled: false },
        locationIds: [LOCATION_ID],
      })
      .reply(201, { id: 'u1', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' });

    await expect(
      run('creates', 'create_user', {
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'ada@example.com',
        password: 'S3cret!pass',
        phone: '+1 555 123 4567',
        type: 'account',
        role: 'user',
        permissionsOn: ['contactsEnabled', 'opportunitiesEnabled'],
        permissionsOff: 'settingsEnabled',
        scopes: ['contacts.write', 'opportunities.write'],
      }),
    ).resolves.toEqual({ id: 'u1', name: 'Ada Lovelace', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' });
    scope.done();
  });

  it('masks the password field', () => {
    const fields = (operationOf('creates', 'create_user').inputFields ?? []) as Array<Record<string, unknown>>;
    expect(fields.find((field) => field.key === 'password')).toMatchObject({ type: 'password', required: true });
  });

  it('refuses missing required fields, a bad email, an unknown scope before sending anything', async () => {
    await expect(run('creates', 'create_user', { firstName: 'Ada', email: 'nope', scopes: 'everything' })).rejects.toThrow(
      /Last Name \(lastName\) is required\..*Password \(password\) is required\..*Scopes \(scopes\) \(item 1\): expected a HighLevel scope such as contacts.write \(choose from the list\).*Email \(email\): expected an email address/,
    );
  });

  it('userBody refuses a permission turned on and off at once', () => {
    expect(() => userBody({ permissionsOn: ['tagsEnabled'], permissionsOff: ['tagsEnabled'] })).toThrow(/Tags: a permission cannot be turned on/);
    expect(userBody({ firstName: 'A' })).toEqual({ firstName: 'A' });
  });
});
