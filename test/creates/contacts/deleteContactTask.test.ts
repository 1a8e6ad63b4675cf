import { highLevel, run } from '../../helpers';

describe('delete_contact_task (Delete Contact Task)', () => {
  it('deletes the task and returns its id', async () => {
    const scope = highLevel().delete('/contacts/c1/tasks/t1').reply(200, { succeded: true });
    await expect(run('creates', 'delete_contact_task', { contactId: 'c1', taskId: 't1' })).resolves.toEqual({ id: 't1', deleted: true });
    scope.done();
  });

  it('says the task was not found and may already be deleted on a 404', async () => {
    const scope = highLevel().delete('/contacts/c1/tasks/gone').reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'delete_contact_task', { contactId: 'c1', taskId: 'gone' })).rejects.toThrow(/task gone was not found in HighLevel\. It may already be deleted/);
    scope.done();
  });
});
