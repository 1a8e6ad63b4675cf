import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('update_block_slot (Update Block Slot)', () => {
  it('puts the calendar, the location id and the mapped fields', async () => {
    const scope = highLevel('2021-04-15')
      .put('/calendars/events/block-slots/b1', { locationId: LOCATION_ID, calendarId: 'cal1', endTime: '2026-03-08T14:00:00+00:00' })
      .reply(201, { id: 'b1', calendarId: 'cal1', endTime: '2026-03-08T14:00:00+00:00' });
    expect(await run('creates', 'update_block_slot', { eventId: 'b1', calendarId: 'cal1', endTime: '2026-03-08T14:00:00Z' })).toEqual({
      id: 'b1',
      calendarId: 'cal1',
      endTime: '2026-03-08T14:00:00+00:00',
    });
    scope.done();
  });

  it('needs the calendar or user again', async () => {
    await expect(run('creates', 'update_block_slot', { eventId: 'b1', title: 'Gym' })).rejects.toThrow(/either a Calendar/);
  });
});
