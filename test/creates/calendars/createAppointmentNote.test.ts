import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('create_appointment_note (Create Appointment Note)', () => {
  it('posts the note and returns it', async () => {
    const scope = highLevel('2021-04-15')
      .post('/calendars/appointments/evt1/notes', { body: 'Bring the contract', userId: 'u1' })
      .reply(201, { note: { id: 'n1', body: 'Bring the contract', userId: 'u1' } });
    expect(await run('creates', 'create_appointment_note', { appointmentId: 'evt1', body: 'Bring the contract', userId: 'u1' })).toEqual({
      id: 'n1',
      body: 'Bring the contract',
      userId: 'u1',
    });
    scope.done();
  });

  it('refuses an empty or too long note', async () => {
    await expect(run('creates', 'create_appointment_note', { appointmentId: 'evt1', body: ' ' })).rejects.toThrow(/Note \(body\) is required/);
    await expect(run('creates', 'create_appointment_note', { appointmentId: 'evt1', body: 'x'.repeat(5001) })).rejects.toThrow(/at most 5000 characters/);
  });
});
