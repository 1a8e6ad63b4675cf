import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/**
 * The sub-account's tags (GET /locations/{locationId}/tags → `{tags: [{id, name, locationId}]}`). HighLevel applies
 * tags by name, so the dropdown's value is the name: `dynamic: 'dropdown_tags.name.name'`, and free text stays allowed
 * for a tag that does not exist yet.
 */
export default dropdownTrigger({
  key: 'dropdown_tags',
  noun: 'Tag',
  inputs: inputs({}),
  request: (_input, { connection }) => ({ method: 'GET', path: apiPath`/locations/${connection.locationId}/tags` }),
  listKey: 'tags',
  sample: { id: 'customer', tagId: 'sample1A2b3C4d5E6f7G8h', name: 'customer' },
  // Each choice's id is its name (what HighLevel's tag inputs take); HighLevel's own id is kept as tagId.
  mapItem: (tag) => ({ ...tag, tagId: tag.id, id: tag.name }),
});
