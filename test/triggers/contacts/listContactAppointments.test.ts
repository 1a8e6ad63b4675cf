import { highLevel, LOCATION_ID, run } from '../../helpers';

type Item = Record<string, unknown>;

describe('list_contact_appointments (Get Contact Appointments)', () => {
  it("reads the `events` newest first, its zone-less times as ISO 8601 in the sub-account's zone, HighLevel's text kept beside", async () => {
    const scope = highLevel()
      .get('/contacts/c1/appointments')
      .reply(200, {
        events: [
          { id: 'e1', title: 'Old', startTime: '2026-01-16 11:00:00', dateAdded: '2026-01-01 09:00:00' },
          { id: 'e2', title: 'New', startTime: '2026-07-16 11:00:00', dateAdded: '2026-03-01 09:00:00' },
        ],
        traceId: 't1',
      })
      .get(`/locations/${LOCATION_ID}`)
      .reply(200, { location: { id: LOCATION_ID, timezone: 'America/New_York' }, traceId: 't2' });

    const items = await run<Item[]>('triggers', 'list_contact_appointments', { contactId: 'c1' });

    expect(items).toEqual([
      { id: 'e2', title: 'New', startTime: '2026-07-16T15:00:00.000Z', startTimeRaw: '2026-07-16 11:00:00', dateAdded: '2026-03-01T14:00:00.000Z', dateAddedRaw: '2026-03-01 09:00:00' },
      { id: 'e1', title: 'Old', startTime: '2026-01-16T16:00:00.000Z', startTimeRaw: '2026-01-16 11:00:00', dateAdded: '2026-01-01T14:00:00.000Z', dateAddedRaw: '2026-01-01 09:00:00' },
    ]);
    scope.done();
  });

  it('asks for no time zone when every date already has one', async () => {
    const scope = highLevel()
      .get('/contacts/c1/appointments')
      .reply(200, { events: [{ id: 'e1', startTime: '2026-07-16T11:00:00-04:00' }] });
    const items = await run<Item[]>('triggers', 'list_contact_appointments', { contactId: 'c1' });
    expect(items).toEqual([{ id: 'e1', startTime: '2026-07-16T11:00:00-04:00' }]);
    scope.done();
  });

  it('needs a contact', async () => {
    await expect(run('triggers', 'list_contact_appointments', {})).rejects.toThrow(/Contact \(contactId\) is required/);
  });
});
