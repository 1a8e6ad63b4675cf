import { DEMO } from '../../../sandbox/demo';
import { caseOf } from '../../../sandbox/operationInputs';
import { run } from '../../helpers';
import { useConnectedSandbox } from '../../sandbox/support';
import { type Item } from './support';

/**
 * The event triggers against the sandbox: every request valid for the official spec (the sandbox refuses others), and
 * the events the sandbox's state produces: a deal moved fires once, a tag added to an old contact fires once.
 */

const EVENT_TRIGGERS = [
  'opportunity_stage_changed', 'opportunity_status_changed', 'updated_contact', 'contact_tag_added', 'new_form_submission', 'new_survey_submission',
  'new_inbound_message', 'new_appointment', 'appointment_status_changed', 'new_order', 'new_payment', 'invoice_paid', 'new_task', 'task_completed',
  'dropdown_forms', 'dropdown_surveys',
];

const connected = useConnectedSandbox();

/** Zapier's dedupe over the sandbox: the first poll records, later polls fire the ids never seen. */
const zapOf = (key: string, inputData: Record<string, unknown>) => {
  const seen = new Set<string>();
  let started = false;
  return async (): Promise<Item[]> => {
    const items = await run<Item[]>('triggers', key, inputData, { authData: connected.authData });
    const fired = started ? items.filter((item) => !seen.has(item.id)) : [];
    items.forEach((item) => seen.add(item.id));
    started = true;
    return fired;
  };
};

describe('event triggers against the sandbox', () => {
  it.each(EVENT_TRIGGERS)('%s: valid requests, items with ids', async (key) => {
    const first = connected.sandbox.requestLog.length;
    const items = await run<Item[]>('triggers', key, caseOf(key).inputData, { authData: connected.authData });
    expect(connected.sandbox.requestLog.slice(first).filter((request) => request.status >= 400)).toEqual([]);
    expect(items.length).toBeGreaterThan(0);
    items.forEach((item) => expect(['string', 'number']).toContain(typeof item.id));
  });

  it('Update Opportunity moves the deal: Opportunity Stage Changed fires once, then not again', async () => {
    const poll = zapOf('opportunity_stage_changed', { pipelineId: DEMO.pipelineId });
    expect(await poll()).toEqual([]);
    await run('creates', 'update_opportunity', { opportunityId: DEMO.opportunityId, pipelineId: DEMO.pipelineId, pipelineStageId: DEMO.stageIds.qualified }, { authData: connected.authData });
    const fired = await poll();
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ opportunityId: DEMO.opportunityId, pipelineStageId: DEMO.stageIds.qualified, pipelineStageName: 'Qualified' });
    expect(await poll()).toEqual([]);
  });

  it('Update Opportunity Status (won): Opportunity Status Changed fires once', async () => {
    const poll = zapOf('opportunity_status_changed', { status: 'won' });
    expect(await poll()).toEqual([]);
    await run('creates', 'update_opportunity_status', { opportunityId: DEMO.opportunityId, status: 'won' }, { authData: connected.authData });
    expect((await poll()).map((item) => item.status)).toEqual(['won']);
    expect(await poll()).toEqual([]);
  });

  it('a tag added to an existing contact fires Contact Tag Added once', async () => {
    const poll = zapOf('contact_tag_added', { tag: 'newsletter' });
    expect(await poll()).toEqual([]);
    await run('creates', 'add_contact_tags', { contactId: DEMO.secondContactId, tags: ['newsletter'] }, { authData: connected.authData });
    expect((await poll()).map((item) => item.id)).toEqual([`${DEMO.secondContactId}:newsletter`]);
    expect(await poll()).toEqual([]);
  });
});
