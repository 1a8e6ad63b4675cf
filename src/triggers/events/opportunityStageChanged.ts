import { customFieldOutputs } from '../../fields/customFields';
import { pipelineId, pipelineStageId, userId } from '../../fields/dropdowns';
import { loadOpportunityEvents, OPPORTUNITY_EVENT_LIMIT, opportunityEventOutputFields, opportunityEventSample } from '../../fields/events/opportunities';
import { inputs } from '../../fields/kit';
import { eventTrigger } from './eventTrigger';

/** A move into a stage: id = opportunity id + stage id + `lastStageChangeAt` (contract: instant-contract.md). */
export default eventTrigger({
  key: 'opportunity_stage_changed',
  noun: 'Opportunity',
  label: 'Opportunity Stage Changed',
  description: 'Triggers when an opportunity moves to another stage (optionally: in this pipeline, into this stage); a new opportunity counts as entering its first stage.',
  inputs: inputs({
    pipelineId: pipelineId({ helpText: `Only moves in this pipeline. ${OPPORTUNITY_EVENT_LIMIT}` }),
    pipelineStageId: pipelineStageId({ helpText: 'Only moves into this stage (choose the pipeline first to list its stages).' }),
    assignedTo: userId({ label: 'Assigned User', helpText: 'Only opportunities assigned to this user.' }),
  }),
  load: loadOpportunityEvents,
  recordIdKey: 'opportunityId',
  // HighLevel sets lastStageChangeAt when a deal enters a stage; a deal never moved has none and is no event.
  marker: (opportunity) => (opportunity.lastStageChangeAt ? [opportunity.pipelineStageId, opportunity.lastStageChangeAt] : undefined),
  newestFirstBy: 'lastStageChangeAt',
  sample: {
    ...opportunityEventSample,
    id: `${opportunityEventSample.id}:${opportunityEventSample.pipelineStageId}:${opportunityEventSample.lastStageChangeAt}`,
  },
  outputFields: [...opportunityEventOutputFields('Stage Change ID (opportunity, stage and time)'), customFieldOutputs('opportunity')],
});
