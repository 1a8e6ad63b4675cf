import { highLevel, run } from '../../helpers';

describe('get_calendar_notification (Get Calendar Notification)', () => {
  it('reads the notification at the root of the answer, keyed by _id', async () => {
    const notification = { _id: 'nt1', notificationType: 'reminder', channel: 'email', subject: 'Tomorrow' };
    const scope = highLevel('2021-04-15')
      .get('/calendars/cal1/notifications/nt1')
      .reply(200, notification)
      .get('/calendars/cal1/notifications/nt1')
      .reply(200, { ...notification, subject: 'See you tomorrow' });

    const [first] = await run<Array<Record<string, unknown>>>('triggers', 'get_calendar_notification', { calendarId: 'cal1', notificationId: 'nt1' });
    const [second] = await run<Array<Record<string, unknown>>>('triggers', 'get_calendar_notification', { calendarId: 'cal1', notificationId: 'nt1' });

    expect(first).toMatchObject({ notificationId: 'nt1', calendarId: 'cal1', subject: 'Tomorrow' });
    expect(String(first?.id)).toMatch(/^nt1:[0-9a-f]{12}$/);
    expect(second?.id).not.toEqual(first?.id);
    scope.done();
  });

  it('requires the notification, before any request', async () => {
    await expect(run('triggers', 'get_calendar_notification', { calendarId: 'cal1' })).rejects.toThrow(/Notification \(notificationId\) is required/);
  });
});
