import { highLevel, LOCATION_ID, operationOf, run } from '../../helpers';

const customFields = {
  customFields: [
    { id: 'cfText', name: 'Membership', fieldKey: 'contact.membership', dataType: 'TEXT', model: 'contact' },
    { id: 'cfNumber', name: 'Score', fieldKey: 'contact.score', dataType: 'NUMERICAL', model: 'contact' },
  ],
};
const updated = { succeded: true, contact: { id: 'c1', firstName: 'Ada', customFields: [{ id: 'cfNumber', value: 42 }] } };

describe('update_contact (Update Contact)', () => {
  it('sends only the mapped fields, with custom fields as {id, fieldValue} (the shape the live API saves)', async () => {
    const scope = highLevel()
      .get(`/locations/${LOCATION_ID}/customFields`)
      .query({ model: 'contact' })
      .reply(200, customFields)
      .put('/contacts/c1', {
        firstName: 'Ada',
        phone: '+15551234567',
        tags: ['vip'],
        customFields: [
          { id: 'cfText', fieldValue: 'Gold' },
          { id: 'cfNumber', fieldValue: 42 },
        ],
      })
      .reply(200, updated);

    const contact = await run('creates', 'update_contact', {
      contactId: 'c1',
      firstName: 'Ada',
      lastName: '',
      email: null,
      phone: '+1 555-123-4567',
      tags: 'vip',
      customField_cfText: 'Gold',
      customField_cfNumber: '42',
    });

    expect(contact).toEqual({ ...updated.contact, customField: { cfNumber: 42 } });
    scope.done();
  });

  it('sends no locationId, no gender/companyName input, and says tags replace all tags', () => {
    const fields = operationOf('creates', 'update_contact').inputFields as Array<{ key?: string; required?: boolean; helpText?: string; choices?: unknown; default?: string }>;
    const keys = fields.map((field) => field.key);
    expect(keys).not.toContain('gender');
    expect(keys).not.toContain('companyName');
    expect(fields.filter((field) => field.required).map((field) => field.key)).toEqual(['contactId']);
    expect(fields.find((field) => field.key === 'tags')?.helpText).toMatch(/Replaces all tags.*Add Tags to Contact.*Remove Tags from Contact/s);
    // The value key is decided from evidence, never asked (docs/highlevel-in-practice.md).
    expect(keys).not.toContain('customFieldValueKey');
  });

  it('refuses a missing contact, a bad email and an empty update, before any request', async () => {
    const scope = highLevel().put('/contacts/c1').reply(200, updated);
    await expect(run('creates', 'update_contact', { firstName: 'Ada' })).rejects.toThrow(/Contact \(contactId\) is required/);
    await expect(run('creates', 'update_contact', { contactId: 'c1', email: 'nope' })).rejects.toThrow(/Email \(email\): expected an email address/);
    await expect(run('creates', 'update_contact', { contactId: 'c1', firstName: '' })).rejects.toThrow(/Map at least one field to change on the contact/);
    expect(scope.isDone()).toBe(false);
  });

  it('says so when the contact does not exist', async () => {
    const scope = highLevel().put('/contacts/gone', { firstName: 'Ada' }).reply(404, { statusCode: 404, message: 'Contact not found' });
    await expect(run('creates', 'update_contact', { contactId: 'gone', firstName: 'Ada' })).rejects.toThrow(/contact gone was not found/);
    scope.done();
  });
});
