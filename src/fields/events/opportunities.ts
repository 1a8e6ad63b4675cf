import type { PlainOutputField } from 'zapier-platform-core';
import type { Context, Json } from '../../factories/common';
import { apiPath } from '../../http/path';
import { labelCustomFields } from '../customFields';
import { opportunityOutputFields, opportunitySample } from '../opportunity';
import { PAGE_SIZE, readList } from './common';

/**
 * The opportunity event triggers (stage changed, status changed) read GET /opportunities/search ordered by last update,
 * newest first (`order=updated_desc`): a stage or status change updates the opportunity, so a move of a year-old deal
 * is on the first page. Evidence: a public GHL dashboard client pages won deals with
 * `/opportunities/search?status=won&order=updated_desc&limit=100` (+ `startAfterId`) and stops once a page is older
 * than its start date (the spec types `order` as free text; its example is `added_asc`). One request per poll; at most
 * 100 opportunities updated between two polls are seen.
 */

export const OPPORTUNITY_EVENT_LIMIT =
  'Each check reads the 100 most recently updated opportunities: if more than 100 are updated between two checks (about 15 minutes, or 1 on the paid plans), the older moves are missed.';

type Filters = { pipelineId?: string; pipelineStageId?: string; status?: string; assignedTo?: string };

/** Query of GET /opportunities/search for an event poll: snake_case filters, most recently updated first. */
export const opportunityEventQuery = (locationId: string, filters: Filters) => ({
  location_id: locationId,
  pipeline_id: filters.pipelineId,
  pipeline_stage_id: filters.pipelineStageId,
  status: filters.status,
  assigned_to: filters.assignedTo,
  order: 'updated_desc',
  limit: PAGE_SIZE,
});

/**
 * One poll: the most recently updated opportunities matching the filters, with custom fields labelled. The pipeline
 * and stage names come from the app's shared names beside ids (src/fields/names.ts: one cached pipelines read).
 */
export const loadOpportunityEvents = async (filters: Filters, context: Context): Promise<Json[]> => {
  const opportunities = await readList(context, 'opportunities', {
    method: 'GET',
    path: apiPath`/opportunities/search`,
    query: opportunityEventQuery(context.connection.locationId, filters),
  });
  return opportunities.map(labelCustomFields);
};

export const opportunityEventSample = {
  ...opportunitySample,
  opportunityId: opportunitySample.id,
  pipelineName: 'Sales Pipeline',
  pipelineStageName: 'Proposal Sent',
};

export const opportunityEventOutputFields = (idLabel: string): PlainOutputField[] => [
  { key: 'id', label: idLabel },
  { key: 'opportunityId', label: 'Opportunity ID' },
  ...opportunityOutputFields.filter((field) => field.key !== 'id'),
  { key: 'pipelineName', label: 'Pipeline Name' },
  { key: 'pipelineStageName', label: 'Stage Name' },
];
