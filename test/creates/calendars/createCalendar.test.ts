import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('create_calendar (Create Calendar)', () => {
  it('posts typed settings and team members, and returns the calendar', async () => {
    const scope = highLevel('2021-04-15')
      .post('/calendars/', {
        locationId: LOCATION_ID,
        name: 'Intro call',
        calendarType: 'round_robin',
        groupId: 'g1',
        slug: 'intro',
        slotDuration: 45,
        slotDurationUnit: 'mins',
        slotBuffer: 15,
        slotBufferUnit: 'mins',
        appoinmentPerSlot: 1,
        autoConfirm: true,
        teamMembers: [
          { userId: 'u1', isPrimary: true },
          { userId: 'u2', isPrimary: false },
        ],
      })
      .reply(201, { calendar: { id: 'cal1', name: 'Intro call' } });
    const calendar = await run('creates', 'create_calendar', {
      name: 'Intro call',
      description: '',
      calendarType: 'round_robin',
      groupId: 'g1',
      slug: 'intro',
      slotDuration: '45',
      slotDurationUnit: 'mins',
      slotBuffer: 15,
      slotBufferUnit: 'mins',
      appoinmentPerSlot: '1',
      autoConfirm: 'yes',
      userIds: 'u1, u2',
    });
    expect(calendar).toEqual({ id: 'cal1', name: 'Intro call' });
    scope.done();
  });

  it('refuses a bad number and an unknown calendar type before sending', async () => {
    await expect(run('creates', 'create_calendar', { name: 'X', slotDuration: 'half an hour' })).rejects.toThrow(/Slot Duration \(slotDuration\): expected a whole number/);
    await expect(run('creates', 'create_calendar', { name: 'X', calendarType: 'weekly' })).rejects.toThrow(/Calendar Type \(calendarType\): expected one of/);
    await expect(run('creates', 'create_calendar', {})).rejects.toThrow(/Name \(name\) is required/);
  });
});
