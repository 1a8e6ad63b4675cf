import { highLevel, LOCATION_ID, run } from '../../helpers';
import { type Item, ZapierDedupe } from './support';

const PIPELINES = {
  pipelines: [{ id: 'p1', name: 'Sales', stages: [{ id: 's1', name: 'New Lead' }, { id: 's2', name: 'Proposal Sent' }] }],
  traceId: 'trace-1',
};
const SEARCH = { location_id: LOCATION_ID, order: 'updated_desc', limit: '100' };

const opportunity = (id: string, fields: Record<string, unknown>) => ({
  id,
  name: `Deal ${id}`,
  pipelineId: 'p1',
  pipelineStageId: 's1',
  status: 'open',
  createdAt: '2025-01-10T10:00:00.000Z',
  lastStageChangeAt: '2025-01-10T10:00:00.000Z',
  lastStatusChangeAt: null,
  updatedAt: '2025-01-10T10:00:00.000Z',
  customFields: [],
  ...fields,
});

/** One poll's answers: the search, and the pipelines (names) unless this connection's cache already has them. */
const answer = (opportunities: unknown[], query: Record<string, string> = SEARCH, withPipelines = true) => {
  const scope = highLevel().get('/opportunities/search').query(query).reply(200, { opportunities, meta: { total: opportunities.length }, traceId: 'trace-2' });
  if (withPipelines) scope.get('/opportunities/pipelines').query({ locationId: LOCATION_ID }).reply(200, PIPELINES);
  return scope;
};

describe('opportunity_stage_changed (Opportunity Stage Changed)', () => {
  it('asks GET /opportunities/search for the 100 most recently updated, with the pipeline, stage and user filters', async () => {
    const scope = answer([], { ...SEARCH, pipeline_id: 'p1', pipeline_stage_id: 's2', assigned_to: 'u1' }, false);
    await expect(run('triggers', 'opportunity_stage_changed', { pipelineId: 'p1', pipelineStageId: 's2', assignedTo: 'u1' })).resolves.toEqual([]);
    scope.done();
  });

  it('outputs each move as opportunity + stage + lastStageChangeAt, newest move first, with pipeline and stage names', async () => {
    const scope = answer([
      opportunity('o1', { lastStageChangeAt: '2026-11-01T09:00:00.000Z', customFields: [{ id: 'cf1', fieldValue: 'Referral' }] }),
      opportunity('o2', { pipelineStageId: 's2', lastStageChangeAt: '2026-11-30T09:00:00.000Z' }),
    ]);
    const items = await run<Item[]>('triggers', 'opportunity_stage_changed');
    expect(items.map((item) => item.id)).toEqual(['o2:s2:2026-11-30T09:00:00.000Z', 'o1:s1:2026-11-01T09:00:00.000Z']);
    expect(items[0]).toMatchObject({ opportunityId: 'o2', pipelineName: 'Sales', pipelineStageName: 'Proposal Sent', name: 'Deal o2' });
    expect(items[1]).toMatchObject({ opportunityId: 'o1', customField: { cf1: 'Referral' } });
    scope.done();
  });

  it('fires once per move: not on the first poll, not again on the next poll, and for a year-old deal that moves', async () => {
    const zap = new ZapierDedupe('opportunity_stage_changed');
    const old = opportunity('old', { createdAt: '2025-11-01T00:00:00.000Z', lastStageChangeAt: '2025-11-01T00:00:00.000Z' });
    const recent = opportunity('recent', { lastStageChangeAt: '2026-11-30T08:00:00.000Z' });

    let scope = answer([recent, old]);
    expect(await zap.poll()).toEqual([]);
    scope.done();

    // The same answer again (pipelines now cached): nothing fires.
    scope = answer([recent, old], SEARCH, false);
    expect(await zap.poll()).toEqual([]);
    scope.done();

    // The year-old deal is edited (value) but stays in its stage: still nothing.
    scope = answer([{ ...old, monetaryValue: 900, updatedAt: '2026-12-01T10:00:00.000Z' }, recent], SEARCH, false);
    expect(await zap.poll()).toEqual([]);
    scope.done();

    // It moves to Proposal Sent: updated first, it fires once.
    const moved = { ...old, pipelineStageId: 's2', lastStageChangeAt: '2026-12-01T11:00:00.000Z', updatedAt: '2026-12-01T11:00:00.000Z' };
    scope = answer([moved, recent], SEARCH, false);
    const fired = await zap.poll();
    expect(fired.map((item) => item.id)).toEqual(['old:s2:2026-12-01T11:00:00.000Z']);
    expect(fired[0]).toMatchObject({ opportunityId: 'old', pipelineStageName: 'Proposal Sent' });
    scope.done();

    scope = answer([moved, recent], SEARCH, false);
    expect(await zap.poll()).toEqual([]);
    scope.done();
  });

  it('leaves out an opportunity without a stage change date (no move yet)', async () => {
    // Nothing fires, so no names are looked up: the search is the poll's only request.
    const scope = answer([opportunity('o1', { lastStageChangeAt: null })], SEARCH, false);
    await expect(run('triggers', 'opportunity_stage_changed')).resolves.toEqual([]);
    scope.done();
  });
});

describe('opportunity_status_changed (Opportunity Status Changed)', () => {
  it('asks for the most recently updated opportunities with HighLevel\'s status filter and outputs status + lastStatusChangeAt ids', async () => {
    const scope = answer([opportunity('o1', { status: 'won', lastStatusChangeAt: '2026-11-30T10:00:00.000Z' })], { ...SEARCH, status: 'won', pipeline_id: 'p1' });
    const items = await run<Item[]>('triggers', 'opportunity_status_changed', { status: 'won', pipelineId: 'p1' });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: 'o1:won:2026-11-30T10:00:00.000Z', opportunityId: 'o1', status: 'won', pipelineName: 'Sales', pipelineStageName: 'New Lead' });
    scope.done();
  });

  it('fires when an old deal is won, again when it is reopened, and never twice for the same change', async () => {
    const zap = new ZapierDedupe('opportunity_status_changed');
    const old = opportunity('old', { status: 'lost', lastStatusChangeAt: '2025-06-01T00:00:00.000Z' });
    let scope = answer([old]);
    expect(await zap.poll()).toEqual([]);
    scope.done();

    const won = { ...old, status: 'won', lastStatusChangeAt: '2026-12-01T09:00:00.000Z', updatedAt: '2026-12-01T09:00:00.000Z' };
    scope = answer([won], SEARCH, false);
    expect((await zap.poll()).map((item) => item.id)).toEqual(['old:won:2026-12-01T09:00:00.000Z']);
    scope.done();

    scope = answer([won], SEARCH, false);
    expect(await zap.poll()).toEqual([]);
    scope.done();

    const reopened = { ...won, status: 'open', lastStatusChangeAt: '2026-12-01T11:30:00.000Z' };
    scope = answer([reopened], SEARCH, false);
    expect((await zap.poll()).map((item) => item.status)).toEqual(['open']);
    scope.done();
  });

  it('refuses an unknown status before any request', async () => {
    await expect(run('triggers', 'opportunity_status_changed', { status: 'closed' })).rejects.toThrow(/New Status \(status\): expected one of: open, won, lost, abandoned/);
  });
});
