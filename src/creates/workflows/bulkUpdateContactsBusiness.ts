import { createAction } from '../../factories/actions';
import { businessId, contactIds } from '../../fields/dropdowns';
import { choice, inputs, invalidInput } from '../../fields/kit';
import { apiPath } from '../../http/path';

const fields = inputs({
  action: choice({
    label: 'Action',
    helpText: 'Add the contacts to the chosen business, or remove them from whatever business they belong to.',
    values: { add: 'Add to business', remove: 'Remove from business' },
    required: true,
  }),
  contactIds: contactIds({ required: true, helpText: 'The contacts to change, by HighLevel contact ID (one per item).' }),
  businessId: businessId({ helpText: 'The business to add the contacts to. Required for "Add to business"; ignored for "Remove from business".' }),
});

/**
 * The body of POST /contacts/bulk/business (ContactsBusinessUpdate): `ids` are the contacts; `businessId` null
 * removes the contacts from their business.
 */
export const bulkBusinessBody = (
  input: { action: string; contactIds: string[]; businessId?: string },
  locationId: string,
): { locationId: string; ids: string[]; businessId: string | null } => {
  if (input.action === 'add' && !input.businessId) throw invalidInput(['Business (businessId) is required to add contacts to a business.']);
  return { locationId, ids: input.contactIds, businessId: input.action === 'add' ? (input.businessId as string) : null };
};

export default createAction({
  key: 'bulk_update_contacts_business',
  noun: 'Contacts Business',
  label: 'Bulk Business Update',
  description: 'Adds many contacts to a business, or removes them from their business, in one step.',
  inputs: fields,
  request: (input, { connection }) => ({ method: 'POST', path: apiPath`/contacts/bulk/business`, body: bulkBusinessBody(input, connection.locationId) }),
  result: (response, input) => {
    const answer = (response && typeof response === 'object' ? response : {}) as { success?: unknown; ids?: unknown };
    const ids = Array.isArray(answer.ids) ? answer.ids.map(String) : [];
    return {
      success: typeof answer.success === 'boolean' ? answer.success : true,
      action: input.action,
      businessId: input.action === 'add' ? (input.businessId ?? null) : null,
      ids,
      count: ids.length,
    };
  },
  sample: { success: true, action: 'add', businessId: '63b7ec34ea409a9a8bd2a4ff', ids: ['IDqvFHGColiyK6jiatuz', 'pOC0uJ97VYOKH2m3fkMD'], count: 2 },
  outputFields: [
    { key: 'success', label: 'Success', type: 'boolean' },
    { key: 'action', label: 'Action (add or remove)' },
    { key: 'businessId', label: 'Business ID (empty after a removal)' },
    { key: 'ids', label: 'Updated Contact IDs', list: true },
    { key: 'count', label: 'Number of Contacts Updated', type: 'integer' },
  ],
});
