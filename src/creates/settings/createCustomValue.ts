import { createAction } from '../../factories/actions';
import { recordIn } from '../../factories/common';
import { CUSTOM_VALUE_KEYS, customValueName, customValueOutputFields, customValueSample, customValueText } from '../../fields/customValues';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** POST /locations/{locationId}/customValues with `{name, value}` (customValuesDTO: both required). */
export default createAction({
  key: 'create_custom_value',
  noun: 'Custom Value',
  label: 'Create Custom Value',
  description: 'Creates a custom value in the sub-account, for use as a merge field in templates, emails and funnels.',
  inputs: inputs({ name: customValueName({ required: true }), value: customValueText({ required: true }) }),
  request: (input, { connection }) => ({
    method: 'POST',
    path: apiPath`/locations/${connection.locationId}/customValues`,
    body: { name: input.name, value: input.value },
  }),
  result: (response) => recordIn(response, CUSTOM_VALUE_KEYS) ?? {},
  sample: customValueSample,
  outputFields: customValueOutputFields,
});
