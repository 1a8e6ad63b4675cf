import nock from 'nock';
import { highLevel, LOCATION_ID, run } from '../../helpers';
import { freezeNow, type Item, NOW, ZapierDedupe } from './support';

freezeNow();

const DAY = 86_400_000;
const WINDOW = { startTime: String(NOW - 30 * DAY), endTime: String(NOW + 180 * DAY) };

const event = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  calendarId: 'cal1',
  title: `Visit ${id}`,
  appointmentStatus: 'confirmed',
  assignedUserId: 'u1',
  startTime: '2026-12-08T09:00:00-06:00',
  endTime: '2026-12-08T09:30:00-06:00',
  dateAdded: '2026-11-20T10:00:00.000Z',
  dateUpdated: '2026-11-20T10:00:00.000Z',
  ...fields,
});

const eventsOf = (owner: Record<string, string>, events: unknown[]) =>
  highLevel('2021-04-15').get('/calendars/events').query({ locationId: LOCATION_ID, ...owner, ...WINDOW }).reply(200, { events, traceId: 'trace-1' });

describe('new_appointment (New Appointment)', () => {
  it('with a calendar: one GET /calendars/events over 30 days back to 180 ahead, newest booking first', async () => {
    const scope = eventsOf({ calendarId: 'cal1' }, [event('a1', { dateAdded: '2026-11-01T10:00:00.000Z' }), event('a2', { dateAdded: '2026-11-30T10:00:00.000Z' })]);
    const items = await run<Item[]>('triggers', 'new_appointment', { calendarId: 'cal1' });
    expect(items.map((item) => item.id)).toEqual(['a2', 'a1']);
    expect(items[0]).toMatchObject({ appointmentId: 'a2', startTime: '2026-12-08T09:00:00-06:00', startTimeUtc: '2026-12-08T15:00:00.000Z' });
    scope.done();
  });

  it('with a user: one request by userId', async () => {
    const scope = eventsOf({ userId: 'u1' }, [event('a1')]);
    await expect(run<Item[]>('triggers', 'new_appointment', { userId: 'u1' })).resolves.toHaveLength(1);
    scope.done();
  });

  it('with neither: the calendars (GET /calendars/), then each calendar, with its name beside its id', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/')
      .query({ locationId: LOCATION_ID })
      .reply(200, { calendars: [{ id: 'cal1', name: 'Consultations' }, { id: 'cal2', name: 'Installs' }] });
    eventsOf({ calendarId: 'cal1' }, [event('a1')]);
    eventsOf({ calendarId: 'cal2' }, [event('a2', { calendarId: 'cal2', dateAdded: '2026-11-25T00:00:00.000Z' })]);
    const items = await run<Item[]>('triggers', 'new_appointment');
    expect(items.map((item) => [item.id, item.calendarName])).toEqual([['a2', 'Installs'], ['a1', 'Consultations']]);
    scope.done();
    expect(nock.isDone()).toBe(true);
  });

  it('asks at most 10 calendars per poll', async () => {
    const calendars = Array.from({ length: 12 }, (_, index) => ({ id: `cal${index}`, name: `Calendar ${index}` }));
    highLevel('2021-04-15').get('/calendars/').query({ locationId: LOCATION_ID }).reply(200, { calendars });
    calendars.slice(0, 10).forEach((calendar) => eventsOf({ calendarId: calendar.id }, []));
    await expect(run('triggers', 'new_appointment')).resolves.toEqual([]);
    expect(nock.isDone()).toBe(true);
  });

  it('fires once per booking: not again on the next poll', async () => {
    const zap = new ZapierDedupe('new_appointment', { calendarId: 'cal1' });
    eventsOf({ calendarId: 'cal1' }, [event('a1')]);
    expect(await zap.poll()).toEqual([]);
    eventsOf({ calendarId: 'cal1' }, [event('a1'), event('a2')]);
    expect((await zap.poll()).map((item) => item.id)).toEqual(['a2']);
    eventsOf({ calendarId: 'cal1' }, [event('a1'), event('a2')]);
    expect(await zap.poll()).toEqual([]);
    expect(nock.isDone()).toBe(true);
  });
});

describe('appointment_status_changed (Appointment Status Changed)', () => {
  it('outputs appointment + status ids, only the chosen status', async () => {
    const scope = eventsOf({ calendarId: 'cal1' }, [event('a1', { appointmentStatus: 'cancelled' }), event('a2', { appointmentStatus: 'showed' })]);
    const items = await run<Item[]>('triggers', 'appointment_status_changed', { calendarId: 'cal1', appointmentStatus: 'cancelled' });
    expect(items).toEqual([expect.objectContaining({ id: 'a1:cancelled', appointmentId: 'a1', appointmentStatus: 'cancelled' })]);
    scope.done();
  });

  it('fires once when an old appointment is cancelled, not again when it is edited afterwards', async () => {
    const zap = new ZapierDedupe('appointment_status_changed', { calendarId: 'cal1' });
    const old = event('old', { dateAdded: '2026-06-01T00:00:00.000Z' });
    eventsOf({ calendarId: 'cal1' }, [old]);
    expect(await zap.poll()).toEqual([]);
    eventsOf({ calendarId: 'cal1' }, [old]);
    expect(await zap.poll()).toEqual([]);
    const cancelled = { ...old, appointmentStatus: 'cancelled', dateUpdated: '2026-12-01T11:00:00.000Z' };
    eventsOf({ calendarId: 'cal1' }, [cancelled]);
    expect((await zap.poll()).map((item) => item.id)).toEqual(['old:cancelled']);
    eventsOf({ calendarId: 'cal1' }, [{ ...cancelled, title: 'Renamed', dateUpdated: '2026-12-01T11:30:00.000Z' }]);
    expect(await zap.poll()).toEqual([]);
    expect(nock.isDone()).toBe(true);
  });
});
