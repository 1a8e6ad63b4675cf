import { highLevel, run } from '../../helpers';

describe('add_contact_to_workflow (Add Contact to Workflow)', () => {
  it('posts the event start time as an ISO string', async () => {
    const scope = highLevel()
      .post('/contacts/c1/workflow/w1', { eventStartTime: '2026-06-23T02:30:00.000Z' })
      .reply(200, { succeded: true });

    const result = await run('creates', 'add_contact_to_workflow', { contactId: 'c1', workflowId: 'w1', eventStartTime: '2026-06-23T03:30:00+01:00' });

    expect(result).toEqual({ contactId: 'c1', workflowId: 'w1', succeeded: true, eventStartTime: '2026-06-23T02:30:00.000Z' });
    scope.done();
  });

  it('sends an empty JSON body when no start time is given', async () => {
    const scope = highLevel().post('/contacts/c1/workflow/w1', {}).reply(200, { succeded: true });
    await expect(run('creates', 'add_contact_to_workflow', { contactId: 'c1', workflowId: 'w1', eventStartTime: '' })).resolves.toEqual({
      contactId: 'c1',
      workflowId: 'w1',
      succeeded: true,
    });
    scope.done();
  });

  it('says which contact or workflow was not found on a 404', async () => {
    const scope = highLevel().post('/contacts/c1/workflow/gone', {}).reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'add_contact_to_workflow', { contactId: 'c1', workflowId: 'gone' })).rejects.toThrow(/no contact c1 or no workflow gone/);
    scope.done();
  });

  it('refuses a bad start time and a missing workflow before any request', async () => {
    const scope = highLevel().post(/.*/).reply(200, {});
    await expect(run('creates', 'add_contact_to_workflow', { contactId: 'c1', workflowId: 'w1', eventStartTime: 'next week' })).rejects.toThrow(
      /Event Start Time \(eventStartTime\): expected a date and time/,
    );
    await expect(run('creates', 'add_contact_to_workflow', { contactId: 'c1' })).rejects.toThrow(/Workflow \(workflowId\) is required/);
    expect(scope.isDone()).toBe(false);
  });
});
