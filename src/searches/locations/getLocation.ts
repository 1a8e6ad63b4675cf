import { searchAction } from '../../factories/actions';
import { id, inputs } from '../../fields/kit';
import { locationOutputFields, locationSample } from '../../fields/other';
import { apiPath } from '../../http/path';

const fields = inputs({
  subAccountId: id({
    label: 'Location',
    helpText: 'The location (sub-account) to find. Leave empty for the sub-account of this connection.',
    dynamic: 'list_locations.id.name',
  }),
});

/** GET /locations/{locationId}, the connection's location by default; a 404 is "not found" (`[]`). */
export default searchAction({
  key: 'get_location',
  noun: 'Location',
  label: 'Find Location by ID',
  description: 'Finds a location (sub-account) by its ID, by default the sub-account of this connection.',
  inputs: fields,
  request: (input, { connection }) => ({ method: 'GET', path: apiPath`/locations/${input.subAccountId ?? connection.locationId}` }),
  listKey: 'location',
  single: true,
  sample: locationSample,
  outputFields: locationOutputFields,
});
