import { searchAction } from '../../factories/actions';
import type { Json } from '../../factories/common';
import { inputs, string } from '../../fields/kit';
import { tagOutputFields, tagSample } from '../../fields/tags';
import { apiPath } from '../../http/path';

/** Tags named `wanted`, any case (HighLevel keeps tags lowercase), the same spelling first. A partial name is another tag. */
export const tagsNamed = (tags: Json[], wanted: string): Json[] => {
  const exact = wanted.trim();
  const lower = exact.toLowerCase();
  const same = tags.filter((tag) => String(tag.name ?? '').trim().toLowerCase() === lower);
  return [...same.filter((tag) => String(tag.name).trim() === exact), ...same.filter((tag) => String(tag.name).trim() !== exact)];
};

/** GET /locations/{locationId}/tags (the whole list: HighLevel has no name filter), matched by name here. */
export default searchAction({
  key: 'find_tag',
  noun: 'Tag',
  label: 'Find Tag',
  description: 'Finds a tag of the sub-account by its name (any case).',
  inputs: inputs({ name: string({ label: 'Tag Name', required: true, helpText: 'The tag to find, such as "vip".' }) }),
  request: (_input, { connection }) => ({ method: 'GET', path: apiPath`/locations/${connection.locationId}/tags` }),
  listKey: 'tags',
  rank: (items, input) => tagsNamed(items, input.name),
  sample: tagSample,
  outputFields: tagOutputFields,
});
