import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('create_block_slot (Create Block Slot)', () => {
  it('blocks time on a user with ISO times', async () => {
    const scope = highLevel('2021-04-15')
      .post('/calendars/events/block-slots', {
        locationId: LOCATION_ID,
        assignedUserId: 'u1',
        title: 'Lunch',
        startTime: '2026-03-08T12:00:00-04:00',
        endTime: '2026-03-08T13:00:00-04:00',
      })
      .reply(201, { id: 'b1', title: 'Lunch', assignedUserId: 'u1' });
    const slot = await run('creates', 'create_block_slot', {
      assignedUserId: 'u1',
      title: 'Lunch',
      startTime: '2026-03-08T12:00:00',
      endTime: '2026-03-08T13:00:00',
      timeZone: 'America/New_York',
    });
    expect(slot).toEqual({ id: 'b1', title: 'Lunch', assignedUserId: 'u1' });
    scope.done();
  });

  it('needs a calendar or a user (not both) and both times', async () => {
    const times = { startTime: '2026-03-08T12:00:00Z', endTime: '2026-03-08T13:00:00Z' };
    await expect(run('creates', 'create_block_slot', times)).rejects.toThrow(/either a Calendar/);
    await expect(run('creates', 'create_block_slot', { ...times, calendarId: 'cal1', assignedUserId: 'u1' })).rejects.toThrow(/not both/);
    await expect(run('creates', 'create_block_slot', { calendarId: 'cal1', startTime: times.startTime })).rejects.toThrow(/End Time \(endTime\) is required/);
  });
});
