import { highLevel, operationOf, run } from '../../helpers';

describe('update_calendar (Update Calendar)', () => {
  it('puts only the mapped settings', async () => {
    const scope = highLevel('2021-04-15')
      .put('/calendars/cal1', { slotInterval: 15, slotIntervalUnit: 'mins', teamMembers: [{ userId: 'u3', isPrimary: true }] })
      .reply(200, { calendar: { id: 'cal1', slotInterval: 15 } });
    expect(await run('creates', 'update_calendar', { calendarId: 'cal1', name: '', slotInterval: '15', slotIntervalUnit: 'mins', userIds: ['u3'] })).toEqual({
      id: 'cal1',
      slotInterval: 15,
    });
    scope.done();
  });

  it('offers no calendar type (not updatable) and refuses an empty update', async () => {
    const keys = (operationOf('creates', 'update_calendar').inputFields as Array<{ key: string; required?: boolean }>).map((field) => field.key);
    expect(keys).not.toContain('calendarType');
    expect(keys).not.toContain('slotBufferUnit');
    await expect(run('creates', 'update_calendar', { calendarId: 'cal1' })).rejects.toThrow(/Map at least one field/);
  });

  it('says a missing calendar may already be deleted', async () => {
    const scope = highLevel('2021-04-15').put('/calendars/cal9', { name: 'X' }).reply(404, { statusCode: 404, message: 'Calendar not found' });
    await expect(run('creates', 'update_calendar', { calendarId: 'cal9', name: 'X' })).rejects.toThrow(/calendar cal9 was not found/);
    scope.done();
  });
});
