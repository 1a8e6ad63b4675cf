import { highLevel, LOCATION_ID, run } from '../../helpers';
import { businessOf } from '../../../src/fields/business';

describe('create_business (Create Business)', () => {
  it('posts the mapped fields with the location id and unwraps the misspelled `buiseness` answer', async () => {
    const scope = highLevel()
      .post('/businesses/', { name: 'Acme Inc', email: 'info@acme.com', phone: '+15551234567', city: 'Austin', locationId: LOCATION_ID })
      .reply(201, { success: true, buiseness: { id: 'biz1', name: 'Acme Inc', email: 'info@acme.com', locationId: LOCATION_ID } });

    const business = await run('creates', 'create_business', {
      name: ' Acme Inc ',
      email: 'info@acme.com',
      phone: '+1 (555) 123-4567',
      city: 'Austin',
      website: '',
    });

    expect(business).toEqual({ id: 'biz1', name: 'Acme Inc', email: 'info@acme.com', locationId: LOCATION_ID });
    scope.done();
  });

  it('refuses a missing name and a bad email before any request', async () => {
    const scope = highLevel().post('/businesses/').reply(201, {});
    await expect(run('creates', 'create_business', { email: 'info@acme.com' })).rejects.toThrow(/Name \(name\) is required/);
    await expect(run('creates', 'create_business', { name: 'Acme', email: 'not-an-email' })).rejects.toThrow(/Email \(email\): expected an email address/);
    expect(scope.isDone()).toBe(false);
  });
});

describe('businessOf', () => {
  it('reads `buiseness`, `business` or a bare business', () => {
    expect(businessOf({ success: true, buiseness: { id: 'a' } })).toEqual({ id: 'a' });
    expect(businessOf({ success: true, business: { id: 'b' } })).toEqual({ id: 'b' });
    expect(businessOf({ success: true, id: 'c', name: 'C' })).toEqual({ id: 'c', name: 'C' });
    expect(businessOf('')).toEqual({});
  });
});
