import { createAction } from '../../factories/actions';
import { inputs, string } from '../../fields/kit';
import { associationId, associationOutputFields, associationSample } from '../../fields/other';
import { apiPath } from '../../http/path';

const fields = inputs({
  associationId: associationId({ required: true }),
  firstObjectLabel: string({ label: 'First Object Label', helpText: 'The new label of the first object, such as Student.', required: true }),
  secondObjectLabel: string({ label: 'Second Object Label', helpText: 'The new label of the second object, such as Tutor.', required: true }),
});

/** PUT /associations/{associationId} (`UpdateAssociationReqDto`): only the two labels can change, and both are required. */
export default createAction({
  key: 'update_association',
  noun: 'Association',
  label: 'Update Association',
  description: 'Updates the labels of an association (the objects and key cannot change).',
  inputs: fields,
  request: (input) => ({
    method: 'PUT',
    path: apiPath`/associations/${input.associationId}`,
    body: { firstObjectLabel: input.firstObjectLabel, secondObjectLabel: input.secondObjectLabel },
  }),
  notFoundMessage: (input) => `Association ${String(input.associationId)} was not found in this sub-account.`,
  sample: associationSample,
  outputFields: associationOutputFields,
});
