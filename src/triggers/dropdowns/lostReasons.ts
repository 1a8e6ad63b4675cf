import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const PAGE_SIZE = 100;

/** Lost reasons of the sub-account (GET /opportunities/lost-reason), for the Lost Reason dropdown. */
export default dropdownTrigger({
  key: 'dropdown_lost_reasons',
  noun: 'Lost Reason',
  inputs: inputs({}),
  request: (_input, { connection, page }) => ({
    method: 'GET',
    path: apiPath`/opportunities/lost-reason`,
    query: { locationId: connection.locationId, limit: PAGE_SIZE, skip: page * PAGE_SIZE },
  }),
  listKey: 'lostReasons',
  canPaginate: true,
  sample: { id: 'CLu7BaljjqrEjBGKTNNe', name: 'Went with a competitor' },
});
