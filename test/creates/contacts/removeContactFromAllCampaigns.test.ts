import { highLevel, run } from '../../helpers';

describe('remove_contact_from_all_campaigns (Remove from All Campaigns)', () => {
  it('sends DELETE on /campaigns/removeAll', async () => {
    const scope = highLevel().delete('/contacts/c1/campaigns/removeAll').reply(200, { succeded: true });
    await expect(run('creates', 'remove_contact_from_all_campaigns', { contactId: 'c1' })).resolves.toEqual({ contactId: 'c1', removedFromAllCampaigns: true });
    scope.done();
  });

  it('encodes the contact id as one path segment', async () => {
    await expect(run('creates', 'remove_contact_from_all_campaigns', { contactId: '../x' })).rejects.toThrow(/Contact \(contactId\): expected an id/);
  });
});
