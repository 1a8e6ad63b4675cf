import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('delete_calendar_notification (Delete Notification)', () => {
  it('deletes the notification and returns its id', async () => {
    const scope = highLevel('2021-04-15').delete('/calendars/cal1/notifications/nt1').reply(200, { message: 'Deleted' });
    expect(await run('creates', 'delete_calendar_notification', { calendarId: 'cal1', notificationId: 'nt1' })).toEqual({ id: 'nt1', deleted: true });
    scope.done();
  });

  it('says a missing notification may already be deleted', async () => {
    const scope = highLevel('2021-04-15').delete('/calendars/cal1/notifications/nt9').reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'delete_calendar_notification', { calendarId: 'cal1', notificationId: 'nt9' })).rejects.toThrow(/notification nt9 was not found/);
    scope.done();
  });
});
