import { createAction } from '../../factories/actions';
import { id, inputs, string } from '../../fields/kit';
import { associationOutputFields, associationSample, OBJECT_KEY_HELP } from '../../fields/other';
import { apiPath } from '../../http/path';

const fields = inputs({
  key: id({ label: 'Key', helpText: 'A unique key for the association, such as `student_teacher` (letters, digits and underscores).', required: true }),
  firstObjectKey: string({ label: 'First Object Key', helpText: OBJECT_KEY_HELP, required: true }),
  firstObjectLabel: string({ label: 'First Object Label', helpText: 'How the first object is called in this association, such as Student.', required: true }),
  secondObjectKey: string({ label: 'Second Object Key', helpText: OBJECT_KEY_HELP, required: true }),
  secondObjectLabel: string({ label: 'Second Object Label', helpText: 'How the second object is called in this association, such as Teacher.', required: true }),
});

/** POST /associations/ (`createAssociationReqDto`): an association type between two objects, not a link between two records. */
export default createAction({
  key: 'create_association',
  noun: 'Association',
  label: 'Create Association',
  description:
    'Creates an association (a link type between two objects, such as contact ↔ custom object) in the sub-account. Use Create Relation to link two records with it.',
  inputs: fields,
  request: (input, { connection }) => ({
    method: 'POST',
    path: apiPath`/associations/`,
    body: {
      locationId: connection.locationId,
      key: input.key,
      firstObjectLabel: input.firstObjectLabel,
      firstObjectKey: input.firstObjectKey,
      secondObjectLabel: input.secondObjectLabel,
      secondObjectKey: input.secondObjectKey,
    },
  }),
  sample: associationSample,
  outputFields: associationOutputFields,
});
