import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('create_calendar_notification (Create Calendar Notification)', () => {
  it('posts one notification wrapped in an array and returns it with an id', async () => {
    const scope = highLevel('2021-04-15')
      .post('/calendars/cal1/notifications', [
        {
          receiverType: 'contact',
          channel: 'email',
          notificationType: 'reminder',
          subject: 'Soon',
          body: 'See you in 2 hours',
          additionalEmailIds: ['boss@example.com'],
          beforeTime: [{ timeOffset: 2, unit: 'hours' }],
        },
      ])
      .reply(200, [{ _id: 'nt1', receiverType: 'contact', channel: 'email', notificationType: 'reminder' }]);
    const created = await run('creates', 'create_calendar_notification', {
      calendarId: 'cal1',
      receiverType: 'contact',
      channel: 'email',
      notificationType: 'reminder',
      subject: 'Soon',
      body: 'See you in 2 hours',
      beforeTimeOffset: '2',
      additionalEmailIds: 'boss@example.com',
    });
    expect(created).toEqual({ id: 'nt1', _id: 'nt1', receiverType: 'contact', channel: 'email', notificationType: 'reminder' });
    scope.done();
  });

  it('refuses a missing channel and a bad extra email', async () => {
    const base = { calendarId: 'cal1', receiverType: 'contact', notificationType: 'booked' };
    await expect(run('creates', 'create_calendar_notification', base)).rejects.toThrow(/Channel \(channel\) is required/);
    await expect(run('creates', 'create_calendar_notification', { ...base, channel: 'email', additionalEmailIds: ['nope'] })).rejects.toThrow(
      /Additional Emails \(additionalEmailIds\) \(item 1\): expected an email address/,
    );
  });
});
