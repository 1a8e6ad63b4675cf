import { createAction, deleted } from '../../factories/actions';
import { inputs } from '../../fields/kit';
import { associationId } from '../../fields/other';
import { apiPath } from '../../http/path';

const fields = inputs({
  associationId: associationId({ required: true, helpText: 'A user-defined association. Deleting it also deletes all its relations.' }),
});

/** DELETE /associations/{associationId}: user-defined associations only; their relations go too. */
export default createAction({
  key: 'delete_association',
  noun: 'Association',
  label: 'Delete Association',
  description: 'Deletes a user-defined association and all the relations (record links) made with it. This cannot be undone.',
  inputs: fields,
  request: (input) => ({ method: 'DELETE', path: apiPath`/associations/${input.associationId}` }),
  result: deleted((input) => input.associationId),
  notFoundMessage: (input) => `Association ${String(input.associationId)} was not found: it may already be deleted.`,
  sample: { id: '6720f5f9c4ed9d3ad0d5b2c1', deleted: true },
  outputFields: [
    { key: 'id', label: 'Association ID' },
    { key: 'deleted', label: 'Deleted', type: 'boolean' },
  ],
});
