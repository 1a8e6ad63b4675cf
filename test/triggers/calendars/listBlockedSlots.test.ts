import { highLevel, LOCATION_ID, run } from '../../helpers';

const NOW = Date.parse('2026-11-01T12:00:00Z');
const DAY = 86_400_000;

describe('list_blocked_slots (List Blocked Slots)', () => {
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));
  afterEach(() => jest.restoreAllMocks());

  it('reads GET /calendars/blocked-slots over the rolling window, newest first', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/blocked-slots')
      .query({ locationId: LOCATION_ID, userId: 'u1', startTime: String(NOW - 7 * DAY), endTime: String(NOW + 30 * DAY) })
      .reply(200, {
        events: [
          { id: 'b1', title: 'Lunch', startTime: '2026-11-02T12:00:00-05:00', endTime: '2026-11-02T13:00:00-05:00', dateAdded: '2026-10-01T00:00:00.000Z' },
          { id: 'b2', title: 'Offsite', startTime: '2026-11-03T09:00:00-05:00', endTime: '2026-11-03T17:00:00-05:00', dateAdded: '2026-10-30T00:00:00.000Z' },
        ],
      });

    const items = await run<Array<Record<string, unknown>>>('triggers', 'list_blocked_slots', { userId: 'u1' });

    expect(items.map((item) => item.id)).toEqual(['b2', 'b1']);
    expect(items[1]).toMatchObject({ startTimeUtc: '2026-11-02T17:00:00.000Z', endTimeUtc: '2026-11-02T18:00:00.000Z' });
    scope.done();
  });

  it('refuses when no calendar, user or group is chosen, before any request', async () => {
    await expect(run('triggers', 'list_blocked_slots', { calendarId: '  ' })).rejects.toThrow(/HighLevel needs at least one of them/);
  });
});
