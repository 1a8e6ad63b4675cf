import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('delete_calendar (Delete Calendar)', () => {
  it('deletes the calendar and returns its id', async () => {
    const scope = highLevel('2021-04-15').delete('/calendars/cal1').reply(200, { success: true });
    expect(await run('creates', 'delete_calendar', { calendarId: 'cal1' })).toEqual({ id: 'cal1', deleted: true });
    scope.done();
  });

  it('says a missing calendar may already be deleted', async () => {
    const scope = highLevel('2021-04-15').delete('/calendars/cal9').reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'delete_calendar', { calendarId: 'cal9' })).rejects.toThrow(/calendar cal9 was not found.*already be deleted/);
    scope.done();
  });
});
