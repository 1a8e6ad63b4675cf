import { highLevel, run } from '../../helpers';

const NOW = Date.parse('2026-03-05T17:00:00Z');

describe('get_free_slots (Get Free Slots)', () => {
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));
  afterEach(() => jest.restoreAllMocks());

  it('asks for now → 7 days ahead by default and gives one item per open slot, latest first', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/cal1/free-slots')
      .query({ startDate: String(NOW), endDate: String(NOW + 7 * 86_400_000) })
      .reply(200, {
        '2026-03-06': { slots: ['2026-03-06T09:00:00-05:00'] },
        '2026-03-09': { slots: ['2026-03-09T09:00:00-04:00'] },
        traceId: 'trace-1',
      });

    const items = await run<Array<Record<string, unknown>>>('triggers', 'get_free_slots', { calendarId: 'cal1' });

    expect(items).toEqual([
      { id: 'cal1:2026-03-09T09:00:00-04:00', calendarId: 'cal1', date: '2026-03-09', startTime: '2026-03-09T09:00:00-04:00', startTimeUtc: '2026-03-09T13:00:00.000Z' },
      { id: 'cal1:2026-03-06T09:00:00-05:00', calendarId: 'cal1', date: '2026-03-06', startTime: '2026-03-06T09:00:00-05:00', startTimeUtc: '2026-03-06T14:00:00.000Z' },
    ]);
    scope.done();
  });

  it('reads a date window in the chosen time zone across the 2026-03-08 DST change, with the user', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/cal1/free-slots')
      .query({
        startDate: String(Date.parse('2026-03-07T05:00:00Z')),
        endDate: String(Date.parse('2026-03-10T04:00:00Z') - 1),
        timezone: 'America/New_York',
        userId: 'u1',
      })
      .reply(200, { '2026-03-08': { slots: ['2026-03-08T03:00:00-04:00'] }, traceId: 't' });

    const items = await run<Array<Record<string, unknown>>>('triggers', 'get_free_slots', {
      calendarId: 'cal1',
      timezone: 'America/New_York',
      userId: 'u1',
      startDate: '2026-03-07',
      endDate: '2026-03-09',
    });

    expect(items).toEqual([
      {
        id: 'cal1:2026-03-08T03:00:00-04:00',
        calendarId: 'cal1',
        date: '2026-03-08',
        startTime: '2026-03-08T03:00:00-04:00',
        startTimeUtc: '2026-03-08T07:00:00.000Z',
        timezone: 'America/New_York',
      },
    ]);
    scope.done();
  });

  it('refuses a window over 31 days or a bad time zone, before any request', async () => {
    await expect(run('triggers', 'get_free_slots', { calendarId: 'cal1', startDate: '2026-03-01', endDate: '2026-04-15' })).rejects.toThrow(
      /more than 31 days/,
    );
    await expect(run('triggers', 'get_free_slots', { calendarId: 'cal1', timezone: 'Eastern' })).rejects.toThrow(/Time Zone \(timezone\): expected an IANA time zone/);
    await expect(run('triggers', 'get_free_slots', {})).rejects.toThrow(/Calendar \(calendarId\) is required/);
  });
});
