import { agencyAuthData, COMPANY_ID, highLevel, operationOf, run } from '../helpers';

/** The dropdowns added for id inputs that had none: appointment notes and the agency's snapshots. */
describe('dropdown_appointment_notes (hidden)', () => {
  it("lists the notes of the step's appointment, newest first, named by their text and day, a page at a time", async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/appointments/appt1/notes')
      .query({ limit: '20', offset: '20' })
      .reply(200, {
        notes: [
          { id: 'n1', body: 'Older note', dateAdded: '2026-03-01T10:00:00.000Z' },
          { id: 'n2', body: 'Call went well, sending the proposal.', dateAdded: '2026-03-02T10:00:00.000Z' },
        ],
      });
    const items = await run<Array<{ id: string; name: string }>>('triggers', 'dropdown_appointment_notes', { appointmentId: 'appt1' }, { meta: { page: 1 } });
    scope.done();
    expect(items.map(({ id, name }) => [id, name])).toEqual([
      ['n2', 'Call went well, sending the proposal. · 2026-03-02'],
      ['n1', 'Older note · 2026-03-01'],
    ]);
  });

  it('asks for the appointment first, before any request', async () => {
    await expect(run('triggers', 'dropdown_appointment_notes', {})).rejects.toThrow(/Map an appointment first/);
  });

  it('backs the Note input of the appointment note actions', () => {
    for (const key of ['update_appointment_note', 'delete_appointment_note']) {
      const note = (operationOf('creates', key).inputFields as Array<{ key?: string; dynamic?: string }>).find((field) => field.key === 'noteId');
      expect(note?.dynamic).toBe('dropdown_appointment_notes.id.name');
    }
  });
});

describe('dropdown_snapshots (hidden)', () => {
  it("lists the agency's snapshots with the agency token", async () => {
    const scope = highLevel()
      .get('/snapshots/')
      .query({ companyId: COMPANY_ID })
      .reply(200, { snapshots: [{ id: 'snap1', name: 'Martial Arts Snapshot', type: 'own' }] });
    const items = await run<Array<{ id: string; name: string }>>('triggers', 'dropdown_snapshots', {}, { authData: agencyAuthData });
    scope.done();
    expect(items).toEqual([{ id: 'snap1', name: 'Martial Arts Snapshot', type: 'own' }]);
  });

  it('explains that a sub-account connection cannot list snapshots, before any request', async () => {
    await expect(run('triggers', 'dropdown_snapshots', {})).rejects.toThrow(/needs an agency-level HighLevel connection/);
  });
});
