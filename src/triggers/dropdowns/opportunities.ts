import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const PAGE_SIZE = 100;

/** Opportunities of the sub-account, newest first, for opportunity dropdowns (GET /opportunities/search, page by page). */
export default dropdownTrigger({
  key: 'dropdown_opportunities',
  noun: 'Opportunity',
  inputs: inputs({}),
  request: (_input, { connection, page }) => ({
    method: 'GET',
    path: apiPath`/opportunities/search`,
    query: { location_id: connection.locationId, order: 'added_desc', limit: PAGE_SIZE, page: page + 1 },
  }),
  listKey: 'opportunities',
  canPaginate: true,
  mapItem: (opportunity) => {
    const contact = opportunity.contact as { name?: string } | undefined;
    const name = String(opportunity.name ?? opportunity.id);
    return { ...opportunity, name: contact?.name ? `${name} (${contact.name})` : name };
  },
  sample: { id: 'yWQobCRIhRguQtD2llvk', name: 'Website redesign – Acme (John Deo)' },
});
