import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const PAGE = 50;

/** Forms of the sub-account (GET /forms/ → `{forms: [{id, name, locationId}], total}`), paged with skip/limit. */
export default dropdownTrigger({
  key: 'dropdown_forms',
  noun: 'Form',
  inputs: inputs({}),
  request: (_input, { connection, page }) => ({ method: 'GET', path: apiPath`/forms/`, query: { locationId: connection.locationId, limit: PAGE, skip: page * PAGE } }),
  listKey: 'forms',
  canPaginate: true,
  sample: { id: 'YSWdvS4Is98wtIDGnpmI', name: 'Contact us' },
});
