import { highLevel, LOCATION_ID, run } from '../../helpers';

const NOW = Date.parse('2026-03-05T17:00:00Z');
const DAY = 86_400_000;

describe('list_calendar_events (List Calendar Events)', () => {
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));
  afterEach(() => jest.restoreAllMocks());

  it('reads 7 days back to 30 days ahead for the calendar, newest booking first, with mappable times', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/events')
      .query({ locationId: LOCATION_ID, calendarId: 'cal1', startTime: String(NOW - 7 * DAY), endTime: String(NOW + 30 * DAY) })
      .reply(200, {
        events: [
          { id: 'e1', title: 'Older', startTime: '2026-03-09T09:00:00-04:00', endTime: '2026-03-09T09:30:00-04:00', dateAdded: '2026-03-01T10:00:00.000Z' },
          { id: 'e2', title: 'Newer', startTime: 1772805600000, endTime: 1772807400000, dateAdded: '2026-03-04T10:00:00.000Z' },
        ],
      });

    const items = await run<Array<Record<string, unknown>>>('triggers', 'list_calendar_events', { calendarId: 'cal1' });

    expect(items.map((item) => item.id)).toEqual(['e2', 'e1']);
    expect(items[0]).toMatchObject({ startTime: '2026-03-06T14:00:00.000Z', endTime: '2026-03-06T14:30:00.000Z', startTimeUtc: '2026-03-06T14:00:00.000Z' });
    expect(items[1]).toMatchObject({ startTime: '2026-03-09T09:00:00-04:00', startTimeUtc: '2026-03-09T13:00:00.000Z', endTimeUtc: '2026-03-09T13:30:00.000Z' });
    scope.done();
  });

  it('filters by user and calendar group', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/events')
      .query({ locationId: LOCATION_ID, userId: 'u1', groupId: 'g1', startTime: String(NOW - 7 * DAY), endTime: String(NOW + 30 * DAY) })
      .reply(200, { events: [] });

    await expect(run('triggers', 'list_calendar_events', { userId: 'u1', groupId: 'g1' })).resolves.toEqual([]);
    scope.done();
  });

  it('refuses when no calendar, user or group is chosen, before any request', async () => {
    await expect(run('triggers', 'list_calendar_events', {})).rejects.toThrow(/Choose a Calendar \(calendarId\), a User \(userId\) or a Calendar Group \(groupId\)/);
  });
});
