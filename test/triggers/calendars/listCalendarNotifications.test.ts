import { highLevel, run } from '../../helpers';

describe('list_calendar_notifications (List Calendar Notifications)', () => {
  it('reads the bare array and uses _id as the id', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/cal1/notifications')
      .query({ limit: '100', skip: '0' })
      .reply(200, [
        { _id: 'nt1', notificationType: 'reminder', channel: 'email' },
        { _id: 'nt2', notificationType: 'confirmation', channel: 'sms' },
      ]);

    const items = await run<Array<Record<string, unknown>>>('triggers', 'list_calendar_notifications', { calendarId: 'cal1' });

    expect(items).toEqual([
      { id: 'nt1', _id: 'nt1', notificationType: 'reminder', channel: 'email', calendarId: 'cal1' },
      { id: 'nt2', _id: 'nt2', notificationType: 'confirmation', channel: 'sms', calendarId: 'cal1' },
    ]);
    scope.done();
  });

  it('passes the active and deleted filters', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/cal1/notifications')
      .query({ isActive: 'true', deleted: 'false', limit: '100', skip: '0' })
      .reply(200, []);

    await expect(run('triggers', 'list_calendar_notifications', { calendarId: 'cal1', isActive: 'yes', deleted: false })).resolves.toEqual([]);
    scope.done();
  });

  it('requires the calendar, before any request', async () => {
    await expect(run('triggers', 'list_calendar_notifications', {})).rejects.toThrow(/Calendar \(calendarId\) is required/);
  });
});
