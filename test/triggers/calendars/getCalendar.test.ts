import { highLevel, run } from '../../helpers';

describe('get_calendar (Get Calendar by ID)', () => {
  it('asks GET /calendars/{calendarId} and fires again when the calendar changes', async () => {
    const calendar = { id: 'cal1', name: 'Discovery Call', slotDuration: 30, locationId: 'loc' };
    const scope = highLevel('2021-04-15')
      .get('/calendars/cal1')
      .reply(200, { calendar })
      .get('/calendars/cal1')
      .reply(200, { calendar: { ...calendar, slotDuration: 45 } });

    const [first] = await run<Array<Record<string, unknown>>>('triggers', 'get_calendar', { calendarId: 'cal1' });
    const [second] = await run<Array<Record<string, unknown>>>('triggers', 'get_calendar', { calendarId: 'cal1' });

    expect(first).toMatchObject({ calendarId: 'cal1', name: 'Discovery Call', slotDuration: 30 });
    expect(String(first?.id)).toMatch(/^cal1:[0-9a-f]{12}$/);
    expect(second?.id).not.toEqual(first?.id);
    scope.done();
  });

  it('returns nothing while the calendar does not exist', async () => {
    const scope = highLevel('2021-04-15').get('/calendars/missing').reply(404, { statusCode: 404, message: 'Calendar not found' });
    await expect(run('triggers', 'get_calendar', { calendarId: 'missing' })).resolves.toEqual([]);
    scope.done();
  });

  it('requires the calendar, before any request', async () => {
    await expect(run('triggers', 'get_calendar', {})).rejects.toThrow(/Calendar \(calendarId\) is required/);
  });
});
