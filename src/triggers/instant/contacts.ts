import { connectionOf } from '../../connection';
import { contextOf, type Json } from '../../factories/common';
import { contactEventSearch } from '../../fields/events/contacts';
import { cacheGet, cacheSet } from '../../http/cache';
import { instantTrigger } from './factory';
import { labelledRecordOf, markerOf, required } from './payloads';

/** ContactCreate: the contact as POST /contacts/search returns it (twin: search_contacts, "new contacts"). */
export const newContactInstant = instantTrigger({
  key: 'new_contact_instant',
  label: 'New Contact (Instant)',
  description: 'Triggers as soon as a contact is added to the sub-account (through the webhook relay).',
  event: 'ContactCreate',
  twin: 'search_contacts',
  fromWebhook: (payload) => [{ ...labelledRecordOf(payload), id: required(payload, 'id', 'ContactCreate') }],
});

/** ContactUpdate: `contactId:dateUpdated`, the webhook's time when the payload has no dateUpdated. */
export const updatedContactInstant = instantTrigger({
  key: 'updated_contact_instant',
  label: 'Updated Contact (Instant)',
  description: 'Triggers as soon as a contact in the sub-account is updated (through the webhook relay).',
  event: 'ContactUpdate',
  twin: 'updated_contact',
  fromWebhook: (payload) => {
    const contact = labelledRecordOf(payload);
    const contactId = required(payload, 'id', 'ContactUpdate');
    const dateUpdated = markerOf(contact, payload, 'dateUpdated');
    return [{ ...contact, dateUpdated, contactId, id: `${contactId}:${dateUpdated}` }];
  },
});

/** How long the app remembers a contact's tags to tell which ones a ContactTagUpdate added. */
const TAGS_REMEMBERED_SECONDS = 30 * 24 * 3600;

const tagsOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string' && tag !== '') : []);

/** HighLevel matches tags by name, ignoring case, and stores them lowercased. */
const tagName = (tag: string): string => tag.trim().toLowerCase();

/** The optional Tag filter: blank means every tag. */
const tagFilterOf = (inputData: unknown): string | undefined => {
  const tag = (inputData as { tag?: unknown } | undefined)?.tag;
  return typeof tag === 'string' && tag.trim() !== '' ? tagName(tag) : undefined;
};

/** One item per tag a contact has, shaped as the polling twin's (`contactId:tag`). */
const tagItems = (contact: Json, contactId: string, tags: string[]): Json[] =>
  tags.map((tag) => ({ ...contact, contactId, tag, id: `${contactId}:${tag}` }));

/**
 * ContactTagUpdate carries the contact with all its tags, not the tag that changed (docs/webhook events/ContactTagUpdate.md).
 * The app remembers each contact's tags (z.cache, this connection only) and fires once per tag added since; for a
 * contact it has not seen yet, once per tag it has (a tag is never missed; the first update of a contact may repeat
 * older tags).
 */
export const contactTagAddedInstant = instantTrigger({
  key: 'contact_tag_added_instant',
  label: 'Contact Tag Added (Instant)',
  description: 'Triggers as soon as a tag is added to a contact in the sub-account (through the webhook relay).',
  event: 'ContactTagUpdate',
  twin: 'contact_tag_added',
  inputFields: [
    {
      key: 'tag',
      label: 'Tag',
      required: false,
      dynamic: 'dropdown_tags.id.name',
      helpText: 'Only this tag (choose it, or type its name; case is ignored). Leave empty to trigger for every tag added.',
    },
  ],
  fromWebhook: async (payload, { z, bundle }) => {
    const contact = labelledRecordOf(payload);
    const contactId = required(payload, 'id', 'ContactTagUpdate');
    const { locationId } = connectionOf(bundle);
    const tags = tagsOf(contact.tags);
    const known = await cacheGet<string[]>(z, bundle, 'contactTags', locationId, contactId);
    await cacheSet(z, bundle, tags, TAGS_REMEMBERED_SECONDS, 'contactTags', locationId, contactId);
    const added = known ? tags.filter((tag) => !known.includes(tag)) : tags;
    const only = tagFilterOf(bundle.inputData);
    return tagItems(contact, contactId, only ? added.filter((tag) => tagName(tag) === only) : added);
  },
  // The twin requires a tag; without one, the samples are the newest contacts' tags (the same one request).
  performList: (twinPerform) => async (z, bundle) => {
    if (tagFilterOf(bundle.inputData)) return twinPerform(z, bundle);
    const contacts = await contactEventSearch(contextOf(z, bundle), []);
    return contacts.flatMap((contact) => {
      const contactId = typeof contact.id === 'string' ? contact.id : '';
      return contactId ? tagItems(contact, contactId, tagsOf(contact.tags)) : [];
    });
  },
});
