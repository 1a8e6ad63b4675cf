import App from '../../index';
import { NAMED_IDS, withNameOutputFields } from '../../src/fields/names';
import nock from 'nock';
import { API, authData, COMPANY_ID, highLevel, LOCATION_ID, run } from '../helpers';

/** Names beside ids: one cached lookup per list and connection, never a failed step because a lookup failed. */

const opportunity = {
  id: 'opp1',
  name: 'Kitchen remodel',
  pipelineId: 'pipe1',
  pipelineStageId: 'stage2',
  assignedTo: 'user1',
  lostReasonId: '',
  updatedAt: '2026-03-01T10:00:00.000Z',
};
const pipelines = {
  pipelines: [
    { id: 'pipe1', name: 'Renovations', stages: [{ id: 'stage1', name: 'New Lead' }, { id: 'stage2', name: 'Qualified' }] },
    { id: 'pipe2', name: 'Maintenance', stages: [{ id: 'stage9', name: 'Booked' }] },
  ],
};
const users = { users: [{ id: 'user1', name: 'Ada Lovelace' }, { id: 'user2', firstName: 'Alan', lastName: 'Turing' }] };

const USERS_QUERY = { companyId: COMPANY_ID, locationId: LOCATION_ID, limit: '100', skip: '0' };
const getOpportunity = () => highLevel().get('/opportunities/opp1').reply(200, { opportunity });
const lookups = () =>
  highLevel()
    .get('/opportunities/pipelines')
    .query({ locationId: LOCATION_ID })
    .reply(200, pipelines)
    .get('/users/search')
    .query(USERS_QUERY)
    .reply(200, users);

describe('names beside ids', () => {
  // A lookup failure is swallowed by design, so a request no scope expected would go unseen: record them all.
  let unexpected: string[] = [];
  const onNoMatch = (request: { method?: string; path?: string }) => unexpected.push(`${request.method} ${request.path}`);
  beforeEach(() => {
    unexpected = [];
    nock.emitter.on('no match', onNoMatch);
  });
  afterEach(() => {
    nock.emitter.removeListener('no match', onNoMatch);
    expect(unexpected).toEqual([]);
  });

  it('adds the assigned user, pipeline and stage names with one request per list (lost reason: no id, no request)', async () => {
    const record = getOpportunity();
    const names = lookups();
    const [result] = await run<Array<Record<string, unknown>>>('triggers', 'get_opportunity', { opportunityId: 'opp1' });
    expect(result).toEqual({
      ...opportunity,
      opportunityId: 'opp1',
      id: 'opp1:2026-03-01T10:00:00.000Z',
      assignedToName: 'Ada Lovelace',
      pipelineName: 'Renovations',
      pipelineStageName: 'Qualified',
    });
    record.done();
    names.done();
  });

  it('reads the lists once per connection for five minutes: a second run sends only its own request', async () => {
    const first = [getOpportunity(), lookups()];
    await run('triggers', 'get_opportunity', { opportunityId: 'opp1' });
    first.forEach((scope) => scope.done());

    const second = getOpportunity();
    const [result] = await run<Array<Record<string, unknown>>>('triggers', 'get_opportunity', { opportunityId: 'opp1' });
    second.done();
    expect(result).toMatchObject({ assignedToName: 'Ada Lovelace', pipelineStageName: 'Qualified' });
  });

  it('keeps each connection to its own names: another connection reads its own lists', async () => {
    const first = [getOpportunity(), lookups()];
    await run('triggers', 'get_opportunity', { opportunityId: 'opp1' });
    first.forEach((scope) => scope.done());

    const otherToken = 'another-connection-token-1a2b';
    const other = nock(API, { reqheaders: { authorization: `Bearer ${otherToken}` } })
      .get('/opportunities/opp1')
      .reply(200, { opportunity })
      .get('/opportunities/pipelines')
      .query({ locationId: LOCATION_ID })
      .reply(200, { pipelines: [{ id: 'pipe1', name: 'Their pipeline', stages: [{ id: 'stage2', name: 'Their stage' }] }] })
      .get('/users/search')
      .query(USERS_QUERY)
      .reply(200, { users: [{ id: 'user1', name: 'Their user' }] });
    const [result] = await run<Array<Record<string, unknown>>>('triggers', 'get_opportunity', { opportunityId: 'opp1' }, { authData: { ...authData, access_token: otherToken } });
    other.done();
    expect(result).toMatchObject({ pipelineName: 'Their pipeline', pipelineStageName: 'Their stage', assignedToName: 'Their user' });
  });

  it('never fails the step when a lookup fails (403, missing scope): the name is absent, and not asked again for 5 minutes', async () => {
    const record = getOpportunity();
    const names = highLevel()
      .get('/opportunities/pipelines')
      .query({ locationId: LOCATION_ID })
      .reply(200, pipelines)
      .get('/users/search')
      .query(USERS_QUERY)
      .reply(403, { statusCode: 403, message: 'The token is not authorized for this scope.' });
    const [result] = await run<Array<Record<string, unknown>>>('triggers', 'get_opportunity', { opportunityId: 'opp1' });
    record.done();
    names.done();
    expect(result).toMatchObject({ pipelineName: 'Renovations', pipelineStageName: 'Qualified' });
    expect(result).not.toHaveProperty('assignedToName');

    const again = getOpportunity();
    const [second] = await run<Array<Record<string, unknown>>>('triggers', 'get_opportunity', { opportunityId: 'opp1' });
    again.done();
    expect(second).not.toHaveProperty('assignedToName');
  });

  it('sends no lookup for a record without those ids', async () => {
    const record = highLevel().get('/opportunities/opp2').reply(200, { opportunity: { id: 'opp2', name: 'Bare', updatedAt: '2026-03-01T10:00:00.000Z' } });
    const [result] = await run<Array<Record<string, unknown>>>('triggers', 'get_opportunity', { opportunityId: 'opp2' });
    record.done();
    expect(Object.keys(result ?? {})).not.toContain('pipelineName');
  });

  it('names every item of a list with the same lookups (one calendar list for all the slots)', async () => {
    const events = highLevel('2021-04-15')
      .get('/calendars/events')
      .query(true)
      .reply(200, {
        events: [
          { id: 'ev1', calendarId: 'cal1', title: 'A', startTime: '2026-03-02T10:00:00-05:00', dateAdded: '2026-03-01T10:00:00.000Z' },
          { id: 'ev2', calendarId: 'cal2', title: 'B', startTime: '2026-03-02T11:00:00-05:00', dateAdded: '2026-03-01T09:00:00.000Z' },
        ],
      });
    const calendars = highLevel('2021-04-15')
      .get('/calendars/')
      .query({ locationId: LOCATION_ID })
      .reply(200, { calendars: [{ id: 'cal1', name: 'Consultations' }, { id: 'cal2', name: 'Site visits' }] });
    const items = await run<Array<Record<string, unknown>>>('triggers', 'list_calendar_events', { calendarId: 'cal1' });
    events.done();
    calendars.done();
    expect(items.map((item) => [item.id, item.calendarName])).toEqual([
      ['ev1', 'Consultations'],
      ['ev2', 'Site visits'],
    ]);
  });

  it('labels the name outputs right after their ids, and shows them in samples', () => {
    const operation = (App.triggers as Record<string, { operation: { outputFields: Array<{ key: string; label?: string }>; sample: Record<string, unknown> } }>)
      .get_opportunity!.operation;
    const keys = operation.outputFields.map((field) => field.key);
    expect(keys.slice(keys.indexOf('pipelineId'), keys.indexOf('pipelineId') + 2)).toEqual(['pipelineId', 'pipelineName']);
    expect(operation.outputFields.find((field) => field.key === 'assignedToName')?.label).toBe('Assigned User Name');
    expect(operation.sample).toMatchObject({ pipelineName: 'Sales Pipeline', pipelineStageName: 'Qualified', assignedToName: 'Alex Smith' });
    expect(withNameOutputFields([{ key: 'calendarId', label: 'Calendar ID' }])).toEqual([
      { key: 'calendarId', label: 'Calendar ID' },
      { key: 'calendarName', label: 'Calendar Name' },
    ]);
  });

  it('is wired into every visible output that carries one of the ids (a calendar does not name itself)', () => {
    const carrying: string[] = [];
    const unnamed: string[] = [];
    for (const kind of ['triggers', 'creates', 'searches'] as const) {
      for (const definition of Object.values(App[kind] ?? {}) as Array<{ key: string; noun: string; display: { hidden?: boolean }; operation: { outputFields?: unknown[] } }>) {
        if (definition.display.hidden) continue;
        const keys = (definition.operation.outputFields ?? []).filter((field): field is { key: string } => typeof field === 'object').map((field) => field.key);
        for (const { idKey, nameKey, lookup } of NAMED_IDS) {
          if (!keys.includes(idKey) || (lookup === 'calendars' && definition.noun === 'Calendar')) continue;
          carrying.push(definition.key);
          if (!keys.includes(nameKey)) unnamed.push(`${definition.key}: ${idKey}`);
        }
      }
    }
    expect(new Set(carrying).size).toBeGreaterThanOrEqual(35);
    expect(unnamed).toEqual([]);
  });
});
