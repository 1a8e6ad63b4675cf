import { highLevel, LOCATION_ID, run } from '../../helpers';
import { bulkBusinessBody } from '../../../src/creates/workflows/bulkUpdateContactsBusiness';

describe('bulk_update_contacts_business (Bulk Business Update)', () => {
  it('adds the contacts to the chosen business', async () => {
    const scope = highLevel()
      .post('/contacts/bulk/business', { locationId: LOCATION_ID, ids: ['c1', 'c2'], businessId: 'biz1' })
      .reply(200, { success: true, ids: ['c1', 'c2'] });

    await expect(run('creates', 'bulk_update_contacts_business', { action: 'add', contactIds: 'c1, c2', businessId: 'biz1' })).resolves.toEqual({
      success: true,
      action: 'add',
      businessId: 'biz1',
      ids: ['c1', 'c2'],
      count: 2,
    });
    scope.done();
  });

  it('removes the contacts from their business with businessId null', async () => {
    const scope = highLevel()
      .post('/contacts/bulk/business', { locationId: LOCATION_ID, ids: ['c1'], businessId: null })
      .reply(200, { success: true, ids: ['c1'] });

    await expect(run('creates', 'bulk_update_contacts_business', { action: 'remove', contactIds: ['c1'], businessId: 'biz1' })).resolves.toEqual({
      success: true,
      action: 'remove',
      businessId: null,
      ids: ['c1'],
      count: 1,
    });
    scope.done();
  });

  it('refuses adding without a business, or an unknown action, before any request', async () => {
    const scope = highLevel().post(/.*/).reply(200, {});
    await expect(run('creates', 'bulk_update_contacts_business', { action: 'add', contactIds: 'c1' })).rejects.toThrow(/Business \(businessId\) is required/);
    await expect(run('creates', 'bulk_update_contacts_business', { action: 'move', contactIds: 'c1' })).rejects.toThrow(/Action \(action\): expected one of: add, remove/);
    await expect(run('creates', 'bulk_update_contacts_business', { action: 'add', businessId: 'biz1' })).rejects.toThrow(/Contacts \(contactIds\) is required/);
    expect(scope.isDone()).toBe(false);
  });
});

describe('bulkBusinessBody', () => {
  it('sends null to remove and ignores a business given with remove', () => {
    expect(bulkBusinessBody({ action: 'remove', contactIds: ['c1'], businessId: 'b' }, 'loc')).toEqual({ locationId: 'loc', ids: ['c1'], businessId: null });
    expect(bulkBusinessBody({ action: 'add', contactIds: ['c1'], businessId: 'b' }, 'loc')).toEqual({ locationId: 'loc', ids: ['c1'], businessId: 'b' });
  });
});
