import { searchAction } from '../../factories/actions';
import { customValueName, customValueOutputFields, customValueSample, matchingCustomValues } from '../../fields/customValues';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /locations/{locationId}/customValues (the whole list: HighLevel has no name filter), matched by name here. */
export default searchAction({
  key: 'find_custom_value',
  noun: 'Custom Value',
  label: 'Find Custom Value',
  description: 'Finds a custom value of the sub-account by its name (any case) or its merge field, such as {{ custom_values.office_phone }}.',
  inputs: inputs({
    name: customValueName({ required: true, helpText: 'The custom value’s name, such as "Office Phone", or its merge field.' }),
  }),
  request: (_input, { connection }) => ({ method: 'GET', path: apiPath`/locations/${connection.locationId}/customValues` }),
  listKey: 'customValues',
  rank: (items, input) => matchingCustomValues(items, input.name),
  sample: customValueSample,
  outputFields: customValueOutputFields,
});
