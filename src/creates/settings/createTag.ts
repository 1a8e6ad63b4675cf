import { createAction } from '../../factories/actions';
import { recordIn } from '../../factories/common';
import { inputs, string } from '../../fields/kit';
import { tagOutputFields, tagSample } from '../../fields/tags';
import { apiPath } from '../../http/path';

/** POST /locations/{locationId}/tags with `{name}` → `{tag: {id, name, locationId}}` (LocationTagSuccessfulResponseDto). */
export default createAction({
  key: 'create_tag',
  noun: 'Tag',
  label: 'Create Tag',
  description: 'Creates a tag in the sub-account, ready to be put on contacts.',
  inputs: inputs({ name: string({ label: 'Tag Name', required: true, helpText: 'The tag, such as "vip".' }) }),
  request: (input, { connection }) => ({ method: 'POST', path: apiPath`/locations/${connection.locationId}/tags`, body: { name: input.name } }),
  result: (response) => recordIn(response, ['tag']) ?? {},
  sample: tagSample,
  outputFields: tagOutputFields,
});
