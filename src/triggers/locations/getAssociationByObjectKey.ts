import { changeIdOutput } from '../../fields/contactActivity';
import type { Json } from '../../factories/common';
import { watchTrigger } from '../../factories/triggers';
import { id, inputs } from '../../fields/kit';
import { associationSample, listItems, OBJECT_KEY_HELP } from '../../fields/other';
import { apiPath } from '../../http/path';

const fields = inputs({
  // It goes into the path, so it is checked like an id (no spaces, slashes, ? or #).
  objectKey: id({ label: 'Object Key', helpText: OBJECT_KEY_HELP, required: true }),
});

/**
 * The associations of one object, as one record: `{objectKey, associations[], count}`. HighLevel documents a
 * single association here but may answer with a list (`{associations: […]}`); both become the same shape, so
 * the trigger fires when the set of associations (or one of them) changes.
 */
export const associationsOfObject = (found: Json, objectKey: string): Json => {
  const listed = listItems(found);
  const associations = listed.length ? listed : found.id !== undefined ? [found] : [];
  return {
    id: objectKey,
    objectKey,
    count: associations.length,
    associationIds: associations.map((association) => association.id),
    associations,
  };
};

/** GET /associations/objectKey/{objectKey}?locationId. */
export default watchTrigger({
  key: 'get_association_by_object_key',
  noun: 'Association',
  label: 'Get Association by Keys',
  description: 'Triggers when associations of an object (contact or a custom object) are first found and each time they change.',
  inputs: fields,
  request: (input, { connection }) => ({
    method: 'GET',
    path: apiPath`/associations/objectKey/${input.objectKey}`,
    query: { locationId: connection.locationId },
  }),
  mapItem: (found, input) => associationsOfObject(found, input.objectKey),
  recordIdKey: 'objectKey',
  sample: {
    id: 'contact:3f2a9c1b7d40',
    objectKey: 'contact',
    count: 1,
    associationIds: [associationSample.id],
    associations: [associationSample],
  },
  outputFields: [
    { key: 'objectKey', label: 'Object Key' },
    changeIdOutput('object key'),
    { key: 'count', label: 'Number of Associations', type: 'integer' },
    { key: 'associationIds[]', label: 'Association IDs' },
    { key: 'associations[]id', label: 'Association ID' },
    { key: 'associations[]key', label: 'Association Key' },
    { key: 'associations[]firstObjectKey', label: 'First Object Key' },
    { key: 'associations[]firstObjectLabel', label: 'First Object Label' },
    { key: 'associations[]secondObjectKey', label: 'Second Object Key' },
    { key: 'associations[]secondObjectLabel', label: 'Second Object Label' },
    { key: 'associations[]associationType', label: 'Association Type' },
  ],
});
