import { customFieldOutputs } from '../../fields/customFields';
import { CONTACT_EVENT_LIMIT, contactEventOutputFields, contactEventSample, contactEventSearch } from '../../fields/events/contacts';
import { inputs, string } from '../../fields/kit';
import { eventTrigger } from './eventTrigger';

const sameTag = (a: unknown, b: string): boolean => typeof a === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * A contact gains the tag: the contacts that have it, most recently updated first (adding a tag updates the contact).
 * id = contact id + tag, so each contact fires once for the tag however often it is updated later.
 */
export default eventTrigger({
  key: 'contact_tag_added',
  noun: 'Contact',
  label: 'Contact Tag Added',
  description: 'Triggers when the chosen tag is added to a contact (once per contact and tag).',
  inputs: inputs({
    tag: string({
      label: 'Tag',
      required: true,
      dynamic: 'dropdown_tags.id.name',
      helpText:
        `One of the sub-account's tags, or type a tag name (HighLevel matches tags by name, ignoring case). ${CONTACT_EVENT_LIMIT} ` +
        'HighLevel keeps no date of when a tag was added: a contact that already had the tag before the Zap was turned on, and was not among the 100 most recently updated then, fires the next time it is updated.',
    }),
  }),
  load: (input, context) => contactEventSearch(context, [{ field: 'tags', operator: 'eq', value: input.tag }]),
  recordIdKey: 'contactId',
  // HighLevel lowercases tags; the search already filters, this keeps a contact whose tag was removed meanwhile out.
  keep: (contact, input) => Array.isArray(contact.tags) && contact.tags.some((tag) => sameTag(tag, input.tag)),
  mapItem: (contact, input) => ({ ...contact, tag: input.tag.trim().toLowerCase() }),
  marker: (contact) => [contact.tag],
  newestFirstBy: 'dateUpdated',
  sample: { ...contactEventSample, tag: 'customer', id: `${contactEventSample.id}:customer` },
  outputFields: [
    ...contactEventOutputFields('Tag Event ID (contact + tag)'),
    { key: 'tag', label: 'Tag Added' },
    customFieldOutputs('contact'),
  ],
});
