import { instantTrigger } from './factory';
import { labelledRecordOf, markerOf, required } from './payloads';

/**
 * Opportunity webhooks carry the opportunity's own keys (docs/webhook events/OpportunityStageUpdate.md,
 * OpportunityStatusUpdate.md) but no lastStageChangeAt / lastStatusChangeAt: the webhook's time stands in.
 */
export const opportunityStageChangedInstant = instantTrigger({
  key: 'opportunity_stage_changed_instant',
  label: 'Opportunity Stage Changed (Instant)',
  description: 'Triggers as soon as an opportunity moves to another pipeline stage (through the webhook relay).',
  event: 'OpportunityStageUpdate',
  twin: 'opportunity_stage_changed',
  fromWebhook: (payload) => {
    const opportunity = labelledRecordOf(payload);
    const opportunityId = required(payload, 'id', 'OpportunityStageUpdate');
    const stageId = required(payload, 'pipelineStageId', 'OpportunityStageUpdate');
    const lastStageChangeAt = markerOf(opportunity, payload, 'lastStageChangeAt');
    return [{ ...opportunity, lastStageChangeAt, opportunityId, id: `${opportunityId}:${stageId}:${lastStageChangeAt}` }];
  },
});

export const opportunityStatusChangedInstant = instantTrigger({
  key: 'opportunity_status_changed_instant',
  label: 'Opportunity Status Changed (Instant)',
  description: 'Triggers as soon as an opportunity is won, lost, abandoned or reopened (through the webhook relay).',
  event: 'OpportunityStatusUpdate',
  twin: 'opportunity_status_changed',
  fromWebhook: (payload) => {
    const opportunity = labelledRecordOf(payload);
    const opportunityId = required(payload, 'id', 'OpportunityStatusUpdate');
    const status = required(payload, 'status', 'OpportunityStatusUpdate');
    const lastStatusChangeAt = markerOf(opportunity, payload, 'lastStatusChangeAt');
    return [{ ...opportunity, lastStatusChangeAt, opportunityId, id: `${opportunityId}:${status}:${lastStatusChangeAt}` }];
  },
});
