import { createAction } from '../../factories/actions';
import { id, inputs } from '../../fields/kit';
import { associationId, relationOutputFields, relationSample } from '../../fields/other';
import { apiPath } from '../../http/path';

const fields = inputs({
  associationId: associationId({ required: true, helpText: 'The association that says how the two records are linked.' }),
  firstRecordId: id({
    label: 'First Record',
    helpText: "The record of the association's first object (a contact, or a custom object record): map its ID from an earlier step.",
    required: true,
  }),
  secondRecordId: id({
    label: 'Second Record',
    helpText: "The record of the association's second object (a contact, or a custom object record): map its ID from an earlier step.",
    required: true,
  }),
});

/** POST /associations/relations (`createRelationReqDto`): links two records with an association. */
export default createAction({
  key: 'create_relation',
  noun: 'Relation',
  label: 'Create Relation',
  description: 'Creates a relation: links two records (such as a contact and a custom object record) with an association.',
  inputs: fields,
  request: (input, { connection }) => ({
    method: 'POST',
    path: apiPath`/associations/relations`,
    body: {
      locationId: connection.locationId,
      associationId: input.associationId,
      firstRecordId: input.firstRecordId,
      secondRecordId: input.secondRecordId,
    },
  }),
  sample: relationSample,
  outputFields: relationOutputFields,
});
