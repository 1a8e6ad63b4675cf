import { errors } from 'zapier-platform-core';
import { createAction } from '../../factories/actions';
import { recordIn } from '../../factories/common';
import { CUSTOM_VALUE_KEYS, customValueId, customValueName, customValueOutputFields, customValueSample, customValueText } from '../../fields/customValues';
import { inputs, requireChanges } from '../../fields/kit';
import { callApi } from '../../http/client';
import { apiPath } from '../../http/path';

/**
 * PUT /locations/{locationId}/customValues/{id}. Its body (customValuesDTO) requires both `name` and `value`, so what
 * the user leaves unmapped is read first (GET …/customValues/{id}) and sent back unchanged.
 */
export default createAction({
  key: 'update_custom_value',
  noun: 'Custom Value',
  label: 'Update Custom Value',
  description: 'Updates a custom value of the sub-account: its value, its name, or both. What you leave empty is kept.',
  inputs: inputs({
    customValueId: customValueId({ required: true }),
    value: customValueText({ helpText: 'The new value. Leave empty to keep the current one.' }),
    name: customValueName({ label: 'New Name', helpText: 'A new name for the custom value. Leave empty to keep the current one.' }),
  }),
  request: async (input, { z, bundle, connection }) => {
    const changes = requireChanges({ name: input.name, value: input.value }, 'custom value');
    const path = apiPath`/locations/${connection.locationId}/customValues/${input.customValueId}`;
    const current =
      changes.name !== undefined && changes.value !== undefined ? {} : (recordIn(await callApi(z, bundle, { method: 'GET', path }), CUSTOM_VALUE_KEYS) ?? {});
    const name = changes.name ?? current.name;
    const value = changes.value ?? current.value;
    // Both are required: one missing from HighLevel's answer cannot be kept, and a stand-in would overwrite it.
    const missing = [...(typeof name === 'string' && name.trim() ? [] : ['name']), ...(value === undefined || value === null ? ['value'] : [])];
    if (missing.length) {
      throw new errors.Error(
        `HighLevel's answer for custom value ${input.customValueId} did not include its current ${missing.join(' and ')}, which the update must send back unchanged, so nothing was changed. ` +
          'Map both New Name (name) and Value (value) to update it, or try again later.',
        'InvalidResponse',
        502,
      );
    }
    return { method: 'PUT', path, body: { name, value } };
  },
  result: (response) => recordIn(response, CUSTOM_VALUE_KEYS) ?? {},
  notFoundMessage: (input) => `HighLevel found no custom value ${input.customValueId} in this sub-account.`,
  sample: customValueSample,
  outputFields: customValueOutputFields,
});
