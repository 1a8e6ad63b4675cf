import type { Json } from '../factories/common';
import { list, string } from './kit';

/**
 * Tag inputs: the sub-account's tags as a dropdown (`dropdown_tags`, whose choice id is the tag's name, which is what
 * HighLevel's tag fields take). Zapier dropdowns also accept typed text, so a tag that does not exist yet can be given.
 */

const TAG_DROPDOWN = 'dropdown_tags.id.name';

/** One tag, chosen or typed. */
export const tagName = <O extends { label?: string; helpText?: string; required?: boolean }>(options: O = {} as O) =>
  string({ label: 'Tag', helpText: 'A tag of the sub-account. Choose one, or type a tag name.', dynamic: TAG_DROPDOWN, ...options });

/** Several tags: chosen from the sub-account's tags or typed (a mapped "a, b" text is still split on commas). */
export const tagList = <O extends { label: string; helpText: string; required?: boolean }>(options: O) =>
  list(tagName(), { splitCommas: true, ...options, dynamic: TAG_DROPDOWN });

/** A tag as HighLevel answers it (GET/POST /locations/{locationId}/tags, LocationTagsSchema in the spec). */
export const tagSample: Json = { id: 'flGwEuzsfJOia1i1ikRN', name: 'vip', locationId: 've9EPM428h8vShlRW1KT' };

export const tagOutputFields = [
  { key: 'id', label: 'Tag ID' },
  { key: 'name', label: 'Tag Name' },
  { key: 'locationId', label: 'Sub-account' },
];
