import { highLevel, LOCATION_ID, run } from '../../helpers';

const customFields = { customFields: [{ id: 'cfText', name: 'Membership', dataType: 'TEXT', model: 'contact' }] };

describe('upsert_contact (Upsert Contact)', () => {
  it('posts the fields with the location id and returns the contact with new: true', async () => {
    const scope = highLevel()
      .get(`/locations/${LOCATION_ID}/customFields`)
      .query({ model: 'contact' })
      .reply(200, customFields)
      .post('/contacts/upsert', {
        email: 'ada@example.com',
        companyName: 'Analytical Engines',
        tags: ['lead'],
        createNewIfDuplicateAllowed: false,
        locationId: LOCATION_ID,
        customFields: [{ id: 'cfText', fieldValue: 'Gold' }],
      })
      .reply(200, { new: true, contact: { id: 'c7', email: 'ada@example.com' }, traceId: 't1' });

    const result = await run('creates', 'upsert_contact', {
      email: 'ada@example.com',
      companyName: 'Analytical Engines',
      tags: ['lead'],
      createNewIfDuplicateAllowed: 'false',
      customField_cfText: 'Gold',
    });

    expect(result).toEqual({ id: 'c7', email: 'ada@example.com', new: true });
    scope.done();
  });

  it('returns new: false when an existing contact was updated', async () => {
    const scope = highLevel()
      .get(`/locations/${LOCATION_ID}/customFields`)
      .query({ model: 'contact' })
      .reply(200, customFields)
      .post('/contacts/upsert', { phone: '+15551234567', locationId: LOCATION_ID, customFields: [{ id: 'cfText', fieldValue: 'Gold' }] })
      .reply(200, { new: false, contact: { id: 'c7', phone: '+15551234567', customFields: [{ id: 'cfText', value: 'Gold' }] } });

    const result = await run('creates', 'upsert_contact', { phone: '+1 555 123 4567', customField_cfText: 'Gold' });

    expect(result).toEqual({ id: 'c7', phone: '+15551234567', customFields: [{ id: 'cfText', value: 'Gold' }], customField: { cfText: 'Gold' }, new: false });
    scope.done();
  });

  it('refuses a bad phone before sending anything', async () => {
    const scope = highLevel().post('/contacts/upsert').reply(200, {});
    await expect(run('creates', 'upsert_contact', { phone: 'call me' })).rejects.toThrow(/Phone \(phone\): expected a phone number/);
    expect(scope.isDone()).toBe(false);
  });
});
