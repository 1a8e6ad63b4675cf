import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('delete_calendar_event (Delete Event)', () => {
  it('deletes with an empty JSON body and returns the id', async () => {
    const scope = highLevel('2021-04-15').delete('/calendars/events/evt1', {}).reply(201, { succeeded: true });
    expect(await run('creates', 'delete_calendar_event', { eventId: 'evt1' })).toEqual({ id: 'evt1', deleted: true });
    scope.done();
  });

  it('says a missing event may already be deleted, and refuses an id with a slash', async () => {
    const scope = highLevel('2021-04-15').delete('/calendars/events/evt9', {}).reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'delete_calendar_event', { eventId: 'evt9' })).rejects.toThrow(/event evt9 was not found.*already be deleted/);
    await expect(run('creates', 'delete_calendar_event', { eventId: 'a/b' })).rejects.toThrow(/Event \(eventId\): expected an id/);
    scope.done();
  });
});
