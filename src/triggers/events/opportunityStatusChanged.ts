import { customFieldOutputs } from '../../fields/customFields';
import { pipelineId, userId } from '../../fields/dropdowns';
import { loadOpportunityEvents, OPPORTUNITY_EVENT_LIMIT, opportunityEventOutputFields, opportunityEventSample } from '../../fields/events/opportunities';
import { choice, inputs } from '../../fields/kit';
import { OPPORTUNITY_STATUSES } from '../../fields/opportunity';
import { eventTrigger } from './eventTrigger';

/** Won, lost, abandoned or reopened: id = opportunity id + status + `lastStatusChangeAt` (contract: instant-contract.md). */
export default eventTrigger({
  key: 'opportunity_status_changed',
  noun: 'Opportunity',
  label: 'Opportunity Status Changed',
  description: 'Triggers when an opportunity is marked won, lost or abandoned, or reopened (optionally: only to this status); a new opportunity counts as its first status.',
  inputs: inputs({
    status: choice({ label: 'New Status', helpText: 'Only changes to this status (Open = reopened). Leave empty for every change.', values: OPPORTUNITY_STATUSES }),
    pipelineId: pipelineId({ helpText: `Only opportunities in this pipeline. ${OPPORTUNITY_EVENT_LIMIT}` }),
    assignedTo: userId({ label: 'Assigned User', helpText: 'Only opportunities assigned to this user.' }),
  }),
  load: loadOpportunityEvents,
  recordIdKey: 'opportunityId',
  // A deal created open and never changed has no lastStatusChangeAt: no status event yet.
  marker: (opportunity) => (opportunity.lastStatusChangeAt ? [opportunity.status, opportunity.lastStatusChangeAt] : undefined),
  keep: (opportunity, input) => !input.status || opportunity.status === input.status,
  newestFirstBy: 'lastStatusChangeAt',
  sample: { ...opportunityEventSample, status: 'won', id: `${opportunityEventSample.id}:won:${opportunityEventSample.lastStatusChangeAt}` },
  outputFields: [...opportunityEventOutputFields('Status Change ID (opportunity, status and time)'), customFieldOutputs('opportunity')],
});
