import { createAction, deleted } from '../../factories/actions';
import { id, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const fields = inputs({
  relationId: id({
    label: 'Relation',
    helpText: 'The relation to remove: map its ID from an earlier step (Create Relation or Get Relations by Record).',
    required: true,
  }),
});

/** DELETE /associations/relations/{relationId}?locationId (the location id is required by HighLevel). */
export default createAction({
  key: 'delete_relation',
  noun: 'Relation',
  label: 'Delete Relation',
  description: 'Deletes a relation, unlinking the two records (the records themselves stay). This cannot be undone.',
  inputs: fields,
  request: (input, { connection }) => ({
    method: 'DELETE',
    path: apiPath`/associations/relations/${input.relationId}`,
    query: { locationId: connection.locationId },
  }),
  result: deleted((input) => input.relationId),
  notFoundMessage: (input) => `Relation ${String(input.relationId)} was not found: it may already be deleted.`,
  sample: { id: '6720f7a1c4ed9d3ad0d5b2d4', deleted: true },
  outputFields: [
    { key: 'id', label: 'Relation ID' },
    { key: 'deleted', label: 'Deleted', type: 'boolean' },
  ],
});
