import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const PAGE = 50;

/** Surveys of the sub-account (GET /surveys/ → `{surveys: [{id, name, locationId}], total}`), paged with skip/limit. */
export default dropdownTrigger({
  key: 'dropdown_surveys',
  noun: 'Survey',
  inputs: inputs({}),
  request: (_input, { connection, page }) => ({ method: 'GET', path: apiPath`/surveys/`, query: { locationId: connection.locationId, limit: PAGE, skip: page * PAGE } }),
  listKey: 'surveys',
  canPaginate: true,
  sample: { id: 'jjusM6EOngDExnbo2DbU', name: 'Customer feedback' },
});
