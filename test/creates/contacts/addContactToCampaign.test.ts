import { highLevel, run } from '../../helpers';

describe('add_contact_to_campaign (Add Contact to Campaign)', () => {
  it('posts an empty JSON body', async () => {
    const scope = highLevel().post('/contacts/c1/campaigns/camp1', {}).reply(201, { succeded: true });
    await expect(run('creates', 'add_contact_to_campaign', { contactId: 'c1', campaignId: 'camp1' })).resolves.toEqual({
      contactId: 'c1',
      campaignId: 'camp1',
      added: true,
    });
    scope.done();
  });

  it('requires the campaign', async () => {
    await expect(run('creates', 'add_contact_to_campaign', { contactId: 'c1' })).rejects.toThrow(/Campaign \(campaignId\) is required/);
  });
});
