import type { PlainOutputField } from 'zapier-platform-core';
import type { Json } from '../factories/common';
import { choice, id, number, string } from './kit';
import { contactId, pipelineId, pipelineStageId, userId } from './dropdowns';

/** What Opportunities operations share: statuses, the opportunity/lost-reason pickers, write inputs, sample, outputs. */

/** The statuses an opportunity can be given (HighLevel's enum also has `all`, which only makes sense as a filter). */
export const OPPORTUNITY_STATUSES = { open: 'Open', won: 'Won', lost: 'Lost', abandoned: 'Abandoned' } as const;
/** As a search filter: `all` widens the search to every status. */
export const OPPORTUNITY_STATUS_FILTERS = { ...OPPORTUNITY_STATUSES, all: 'Any status' } as const;

type IdOptions = { label?: string; helpText?: string; required?: boolean };

/** An opportunity of the sub-account: a dropdown (newest first) with a link to Find Opportunity. */
export const opportunityId = <O extends IdOptions>(options: O = {} as O) =>
  id({
    label: 'Opportunity',
    helpText: 'Choose an opportunity, search for one, or map a HighLevel opportunity ID.',
    dynamic: 'dropdown_opportunities.id.name',
    search: 'find_opportunity.id',
    ...options,
  });

/** A lost reason of the sub-account (GET /opportunities/lost-reason). */
export const lostReasonId = <O extends IdOptions>(options: O = {} as O) =>
  id({
    label: 'Lost Reason',
    helpText: 'Why the opportunity was lost (only used with the Lost status). Choose one of the sub-account\'s lost reasons, or map its ID.',
    dynamic: 'dropdown_lost_reasons.id.name',
    ...options,
  });

/** Filters of GET /opportunities/search, under the keys the pipeline/stage dropdowns expect. */
export const opportunitySearchFilters = {
  pipelineId: pipelineId({ label: 'Pipeline', helpText: 'Only opportunities in this pipeline.' }),
  pipelineStageId: pipelineStageId({ label: 'Stage', helpText: 'Only opportunities in this stage (choose the pipeline first to list its stages).' }),
  status: choice({ label: 'Status', helpText: 'Only opportunities with this status.', values: OPPORTUNITY_STATUS_FILTERS }),
  assignedTo: userId({ label: 'Assigned User', helpText: 'Only opportunities assigned to this user.' }),
  contactId: contactId({ helpText: 'Only opportunities of this contact. Choose a contact, search for one, or map a HighLevel contact ID.' }),
};

type SearchFilters = { pipelineId?: string; pipelineStageId?: string; status?: string; assignedTo?: string; contactId?: string; q?: string };

/** Query of GET /opportunities/search: snake_case `location_id` and filters, newest first, as many as one page allows. */
export const opportunitySearchQuery = (locationId: string, filters: SearchFilters, limit = 100) => ({
  location_id: locationId,
  q: filters.q,
  pipeline_id: filters.pipelineId,
  pipeline_stage_id: filters.pipelineStageId,
  status: filters.status,
  assigned_to: filters.assignedTo,
  contact_id: filters.contactId,
  order: 'added_desc',
  limit,
});

/** Inputs of Update Opportunity; Create Opportunity makes pipeline, name, status and contact required. */
export const opportunityWriteInputs = {
  pipelineId: pipelineId({ helpText: 'The pipeline the opportunity is in.' }),
  pipelineStageId: pipelineStageId({ helpText: 'The stage of the chosen pipeline. Choose the pipeline first to list its stages.' }),
  name: string({ label: 'Opportunity Name', helpText: 'Such as "Website redesign – Acme".' }),
  status: choice({ label: 'Status', values: OPPORTUNITY_STATUSES }),
  monetaryValue: number({ label: 'Monetary Value', helpText: 'The value of the deal in the sub-account\'s currency, as a number such as 1250.50.', min: 0 }),
  assignedTo: userId({ label: 'Assigned User', helpText: 'The user who owns this opportunity.' }),
};

export const opportunitySample = {
  id: 'yWQobCRIhRguQtD2llvk',
  name: 'Website redesign – Acme',
  monetaryValue: 500,
  pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
  pipelineStageId: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69',
  assignedTo: 'zT46WSCPbudrq4zhWMk6',
  status: 'open',
  source: 'Zapier',
  lastStatusChangeAt: '2026-08-03T04:55:17.355Z',
  lastStageChangeAt: '2026-08-03T04:55:17.355Z',
  lastActionDate: '2026-08-03T04:55:17.355Z',
  createdAt: '2026-08-03T04:55:17.355Z',
  updatedAt: '2026-08-04T09:12:40.101Z',
  contactId: 'byMEV0NQinDhq8ZfiOi2',
  locationId: 've9EPM428h8vShlRW1KT',
  contact: { id: 'byMEV0NQinDhq8ZfiOi2', name: 'John Deo', companyName: 'Tesla Inc', email: 'john@deo.com', phone: '+12025550107', tags: ['customer'] },
  lostReasonId: '',
  followers: ['zT46WSCPbudrq4zhWMk6'],
  // Custom field values are keyed by ids that exist in one account only: the labelled ones come from the account's own fields.
  customFields: [],
};

export const opportunityOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Opportunity ID' },
  { key: 'name', label: 'Opportunity Name' },
  { key: 'monetaryValue', label: 'Monetary Value', type: 'number' },
  { key: 'status', label: 'Status' },
  { key: 'pipelineId', label: 'Pipeline ID' },
  { key: 'pipelineStageId', label: 'Stage ID' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'contact__name', label: 'Contact Name' },
  { key: 'contact__email', label: 'Contact Email' },
  { key: 'contact__phone', label: 'Contact Phone' },
  { key: 'contact__companyName', label: 'Contact Company Name' },
  { key: 'source', label: 'Source' },
  { key: 'lostReasonId', label: 'Lost Reason ID' },
  { key: 'followers', label: 'Follower User IDs', list: true },
  { key: 'locationId', label: 'Sub-account' },
  { key: 'lastStatusChangeAt', label: 'Status Changed At', type: 'datetime' },
  { key: 'lastStageChangeAt', label: 'Stage Changed At', type: 'datetime' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
];

/** The opportunity inside HighLevel's `{opportunity: {...}}` wrapper (or the answer itself). */
export const opportunityOf = (response: unknown): Json => {
  const wrapped = (response as { opportunity?: unknown } | undefined)?.opportunity;
  const found = wrapped && typeof wrapped === 'object' && !Array.isArray(wrapped) ? wrapped : response;
  return found && typeof found === 'object' && !Array.isArray(found) ? (found as Json) : {};
};

export const notFoundOpportunity = (input: { opportunityId?: string }) =>
  `Opportunity ${input.opportunityId ?? ''} was not found in HighLevel. It may have been deleted already.`.replace('  ', ' ');
