import { highLevel, run } from '../../helpers';

describe('remove_contact_from_campaign (Remove from Campaign)', () => {
  it('sends DELETE on the campaign', async () => {
    const scope = highLevel().delete('/contacts/c1/campaigns/camp1').reply(200, { succeded: true });
    await expect(run('creates', 'remove_contact_from_campaign', { contactId: 'c1', campaignId: 'camp1' })).resolves.toEqual({
      contactId: 'c1',
      campaignId: 'camp1',
      removed: true,
    });
    scope.done();
  });

  it('explains a 404', async () => {
    const scope = highLevel().delete('/contacts/c1/campaigns/gone').reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'remove_contact_from_campaign', { contactId: 'c1', campaignId: 'gone' })).rejects.toThrow(/campaign gone was not found/);
    scope.done();
  });
});
