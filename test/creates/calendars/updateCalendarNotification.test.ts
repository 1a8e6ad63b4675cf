import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('update_calendar_notification (Update Notification)', () => {
  it('puts only the mapped fields and returns the id with HighLevel’s message', async () => {
    const scope = highLevel('2021-04-15')
      .put('/calendars/cal1/notifications/nt1', { isActive: false, afterTime: [{ timeOffset: 1, unit: 'days' }] })
      .reply(200, { message: 'Notification updated' });
    expect(await run('creates', 'update_calendar_notification', { calendarId: 'cal1', notificationId: 'nt1', isActive: 'false', afterTimeOffset: 1, afterTimeUnit: 'days' })).toEqual({
      id: 'nt1',
      calendarId: 'cal1',
      message: 'Notification updated',
    });
    scope.done();
  });

  it('refuses an empty update', async () => {
    await expect(run('creates', 'update_calendar_notification', { calendarId: 'cal1', notificationId: 'nt1' })).rejects.toThrow(/Map at least one field/);
  });
});
