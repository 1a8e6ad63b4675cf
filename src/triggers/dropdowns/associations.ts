import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { listItems, PAGE_SIZE } from '../../fields/other';
import { apiPath } from '../../http/path';

/** Associations of the sub-account (GET /associations/: skip/limit required), named "key (first ↔ second)". */
export default dropdownTrigger({
  key: 'dropdown_associations',
  noun: 'Association',
  inputs: inputs({}),
  request: (_input, { connection, page }) => ({
    method: 'GET',
    path: apiPath`/associations/`,
    query: { locationId: connection.locationId, skip: page * PAGE_SIZE, limit: PAGE_SIZE },
  }),
  items: listItems,
  canPaginate: true,
  mapItem: (association) => ({
    ...association,
    name:
      association.firstObjectLabel || association.secondObjectLabel
        ? `${String(association.key ?? association.id)} (${String(association.firstObjectLabel ?? '?')} ↔ ${String(association.secondObjectLabel ?? '?')})`
        : association.key,
  }),
  sample: { id: '6720f5f9c4ed9d3ad0d5b2c1', key: 'student_teacher', name: 'student_teacher (Student ↔ Teacher)' },
});
