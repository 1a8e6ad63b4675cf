import { API, appTester, authData, highLevel, LOCATION_ID, operationOf, ownInputFields, run } from '../../helpers';

const customFields = {
  customFields: [
    { id: 'cfText', name: 'Membership', fieldKey: 'contact.membership', dataType: 'TEXT', model: 'contact' },
    { id: 'cfNumber', name: 'Score', fieldKey: 'contact.score', dataType: 'NUMERICAL', model: 'contact' },
    { id: 'cfMulti', name: 'Interests', fieldKey: 'contact.interests', dataType: 'MULTIPLE_OPTIONS', picklistOptions: ['Yoga', 'Golf'], model: 'contact' },
  ],
};

describe('create_contact (Create Contact)', () => {
  it('posts the mapped fields, typed custom fields and the location id, and returns the contact', async () => {
    const scope = highLevel()
      .get(`/locations/${LOCATION_ID}/customFields`)
      .query({ model: 'contact' })
      .reply(200, customFields)
      .post('/contacts/', {
        firstName: 'Ada',
        email: 'ada@example.com',
        phone: '+15551234567',
        tags: ['vip', 'newsletter'],
        dnd: false,
        locationId: LOCATION_ID,
        customFields: [
          { id: 'cfNumber', fieldValue: 42 },
          { id: 'cfMulti', fieldValue: ['Yoga', 'Golf'] },
        ],
      })
      .reply(201, { contact: { id: 'c1', firstName: 'Ada', customFields: [{ id: 'cfNumber', value: 42 }] } });

    const contact = await run('creates', 'create_contact', {
      firstName: 'Ada',
      lastName: '',
      email: 'ada@example.com',
      phone: '+1 (555) 123-4567',
      tags: 'vip, newsletter',
      dnd: 'no',
      customField_cfNumber: '42',
      customField_cfMulti: ['Yoga', 'Golf'],
      customField_cfText: '',
    });

    expect(contact).toEqual({ id: 'c1', firstName: 'Ada', customFields: [{ id: 'cfNumber', value: 42 }], customField: { cfNumber: 42 } });
    scope.done();
  });

  it('offers the custom fields as typed inputs', async () => {
    const scope = highLevel().get(`/locations/${LOCATION_ID}/customFields`).query({ model: 'contact' }).reply(200, customFields);
    const dynamic = ownInputFields('creates', 'create_contact').find((field) => typeof field === 'function');
    const fields = await appTester(dynamic as never, { authData, inputData: {} } as never);
    expect(fields).toEqual([
      expect.objectContaining({ key: 'customField_cfText', label: 'Membership', type: 'string' }),
      expect.objectContaining({ key: 'customField_cfNumber', label: 'Score', type: 'number' }),
      expect.objectContaining({ key: 'customField_cfMulti', label: 'Interests', type: 'string', list: true, choices: ['Yoga', 'Golf'] }),
    ]);
    scope.done();
  });

  it('refuses a bad email and a bad custom number before sending anything', async () => {
    const scope = highLevel().get(`/locations/${LOCATION_ID}/customFields`).query({ model: 'contact' }).reply(200, customFields);
    await expect(run('creates', 'create_contact', { email: 'not-an-email' })).rejects.toThrow(/Email \(email\): expected an email address/);
    await expect(run('creates', 'create_contact', { firstName: 'Ada', customField_cfNumber: 'lots' })).rejects.toThrow(
      /Score \(customField_cfNumber\): expected a number/,
    );
    scope.done();
    expect(API).toBe('https://services.leadconnectorhq.com');
  });
});
