import { highLevel, run } from '../../helpers';

describe('remove_contact_from_workflow (Remove from Workflow)', () => {
  it('sends DELETE /contacts/{contactId}/workflow/{workflowId} with the required JSON body', async () => {
    const scope = highLevel().delete('/contacts/c1/workflow/w1', {}).reply(200, { succeded: true });
    await expect(run('creates', 'remove_contact_from_workflow', { contactId: 'c1', workflowId: 'w1' })).resolves.toEqual({
      contactId: 'c1',
      workflowId: 'w1',
      succeeded: true,
      removed: true,
    });
    scope.done();
  });

  it('refuses a missing contact before any request', async () => {
    const scope = highLevel().delete(/.*/).reply(200, {});
    await expect(run('creates', 'remove_contact_from_workflow', { workflowId: 'w1' })).rejects.toThrow(/Contact \(contactId\) is required/);
    expect(scope.isDone()).toBe(false);
  });
});
