import type { PlainOutputField } from 'zapier-platform-core';
import type { Context, Json } from '../../factories/common';
import { apiPath } from '../../http/path';
import { contactOutputFields, contactSample } from '../contact';
import { labelCustomFields } from '../customFields';
import { PAGE_SIZE, readList } from './common';

/**
 * The contact event triggers read POST /contacts/search sorted by `dateUpdated` descending (the advanced search's `sort`,
 * the same body shape as Search Contacts; HighLevel's "Search Contacts" docs list dateUpdated among the sortable fields):
 * an update or a new tag changes `dateUpdated`, so an old contact's change is on the first page. One request per poll.
 */

export const CONTACT_EVENT_LIMIT =
  'Each check reads the 100 most recently updated contacts: if more than 100 contacts change between two checks, the older changes are missed.';

export const contactEventSearch = async (context: Context, filters: Json[]): Promise<Json[]> => {
  const contacts = await readList(context, 'contacts', {
    method: 'POST',
    path: apiPath`/contacts/search`,
    body: {
      locationId: context.connection.locationId,
      page: 1,
      pageLimit: PAGE_SIZE,
      sort: [{ field: 'dateUpdated', direction: 'desc' }],
      ...(filters.length ? { filters } : {}),
    },
  });
  return contacts.map(labelCustomFields);
};

export const contactEventSample = { ...contactSample, contactId: contactSample.id };

export const contactEventOutputFields = (idLabel: string): PlainOutputField[] => [
  { key: 'id', label: idLabel },
  { key: 'contactId', label: 'Contact ID' },
  ...contactOutputFields.filter((field) => field.key !== 'id'),
];
