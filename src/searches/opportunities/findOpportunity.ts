import { searchAction } from '../../factories/actions';
import type { Json } from '../../factories/common';
import { customFieldOutputs, labelCustomFields } from '../../fields/customFields';
import { inputs, invalidInput, string } from '../../fields/kit';
import { opportunityOutputFields, opportunitySample, opportunitySearchFilters, opportunitySearchQuery } from '../../fields/opportunity';
import { apiPath } from '../../http/path';

const fields = inputs({
  q: string({ label: 'Search Text', helpText: 'Opportunities whose name (or contact name, email, phone…) matches this text. An exact name match comes first.' }),
  ...opportunitySearchFilters,
});

/** Exact name matches first, then names containing the text, then the rest: each group newest first, as HighLevel sent it. */
export const rankByName = (items: Json[], text: string | undefined): Json[] => {
  if (!text) return items;
  const wanted = text.trim().toLowerCase();
  const score = (item: Json) => {
    const name = String(item.name ?? '').trim().toLowerCase();
    return name === wanted ? 0 : name.includes(wanted) ? 1 : 2;
  };
  return items
    .map((item, index) => ({ item, index, score: score(item) }))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map(({ item }) => item);
};

/** GET /opportunities/search with the given filters (newest first, up to 100); `[]` when nothing matches. */
export default searchAction({
  key: 'find_opportunity',
  noun: 'Opportunity',
  label: 'Find Opportunity',
  description: 'Finds an opportunity by contact, pipeline, stage, status, assigned user or search text (newest first).',
  inputs: fields,
  request: (input, { connection }) => {
    if (!Object.values(input).some(Boolean)) {
      throw invalidInput(['Give at least one thing to search by: Search Text (q), Contact (contactId), Pipeline (pipelineId), Stage (pipelineStageId), Status (status) or Assigned User (assignedTo).']);
    }
    return { method: 'GET', path: apiPath`/opportunities/search`, query: opportunitySearchQuery(connection.locationId, input, 100) };
  },
  listKey: 'opportunities',
  mapItem: labelCustomFields,
  rank: (items, input) => rankByName(items, input.q),
  sample: opportunitySample,
  outputFields: [...opportunityOutputFields, customFieldOutputs('opportunity')],
});
