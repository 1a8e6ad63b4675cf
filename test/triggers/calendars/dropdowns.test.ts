import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('dropdown_calendar_resources', () => {
  it('lists resources of the chosen type a page at a time', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/resources/rooms')
      .query({ locationId: LOCATION_ID, limit: '100', skip: '100' })
      .reply(200, [{ id: 'r1', name: 'Yoga Room' }]);

    await expect(run('triggers', 'dropdown_calendar_resources', { resourceType: 'rooms' }, { meta: { page: 1 } })).resolves.toEqual([{ id: 'r1', name: 'Yoga Room' }]);
    scope.done();
  });

  it('halts until a resource type is chosen', async () => {
    await expect(run('triggers', 'dropdown_calendar_resources', {})).rejects.toThrow(/Choose a resource type/);
  });
});

describe('dropdown_calendar_notifications', () => {
  it('lists the calendar’s notifications with a readable name', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/cal1/notifications')
      .query({ limit: '100', skip: '0' })
      .reply(200, [{ _id: 'nt1', notificationType: 'reminder', channel: 'email', receiverType: 'contact', subject: 'Tomorrow' }]);

    const items = await run<Array<Record<string, unknown>>>('triggers', 'dropdown_calendar_notifications', { calendarId: 'cal1' });

    expect(items).toEqual([expect.objectContaining({ id: 'nt1', name: 'Reminder · email to contact — Tomorrow' })]);
    scope.done();
  });

  it('halts until a calendar is chosen', async () => {
    await expect(run('triggers', 'dropdown_calendar_notifications', {})).rejects.toThrow(/Choose a calendar first/);
  });
});
