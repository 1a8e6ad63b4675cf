import type { Json } from '../../factories/common';
import { createAction } from '../../factories/actions';
import { tagsInput } from '../../fields/contactActions';
import { contactIds } from '../../fields/dropdowns';
import { boolean, choice, inputs, invalidInput } from '../../fields/kit';
import { apiPath } from '../../http/path';

const fields = inputs({
  type: choice({
    label: 'Action',
    required: true,
    values: { add: 'Add tags', remove: 'Remove tags' },
    helpText: 'Add the tags to every contact, or remove them from every contact.',
  }),
  contacts: contactIds({ required: true, helpText: 'The contacts to change. Choose them, or map HighLevel contact IDs (one per item).' }),
  tags: tagsInput({ label: 'Tags', helpText: 'Tags to add or remove, such as "vip": choose them, or type them. Required unless Remove All Tags is Yes.' }),
  removeAllTags: boolean({
    label: 'Remove All Tags',
    helpText: 'Only with **Remove tags**: Yes removes every tag from the contacts, whatever the Tags field says.',
  }),
});

type Input = ReturnType<typeof fields.parse>;

/** The UpdateTagsDTO body; refuses combinations HighLevel rejects (removeAllTags with add, nothing to add/remove). */
export const bulkTagsBody = (input: Input, locationId: string): Json => {
  const removeAll = input.type === 'remove' && input.removeAllTags === true;
  const problems: string[] = [];
  if (input.type === 'add' && input.removeAllTags === true) problems.push('Remove All Tags (removeAllTags) can only be used with the "Remove tags" action.');
  if (!removeAll && !input.tags?.length) problems.push('Tags (tags) is required unless Remove All Tags is Yes.');
  if (problems.length) throw invalidInput(problems);
  return {
    contacts: input.contacts,
    tags: input.tags ?? [],
    locationId,
    ...(input.type === 'remove' && input.removeAllTags !== undefined ? { removeAllTags: input.removeAllTags } : {}),
  };
};

/** Per-contact outcomes as records a Zap can use, plus the ids that succeeded and failed. */
export const bulkTagsResult = (response: unknown, input: Input): Json => {
  const answer = (response ?? {}) as { succeded?: unknown; errorCount?: unknown; responses?: unknown };
  const responses = (Array.isArray(answer.responses) ? answer.responses : []).filter(
    (entry): entry is Json => Boolean(entry) && typeof entry === 'object' && !Array.isArray(entry),
  );
  const ids = (type: string) => responses.filter((entry) => entry.type === type).map((entry) => String(entry.contactId));
  return {
    action: input.type,
    succeeded: answer.succeded === true,
    errorCount: typeof answer.errorCount === 'number' ? answer.errorCount : ids('error').length,
    updatedContactIds: ids('success'),
    failedContactIds: ids('error'),
    responses,
  };
};

/** POST /contacts/bulk/tags/update/{add|remove}: one call for many contacts. */
export default createAction({
  key: 'bulk_update_contact_tags',
  noun: 'Tag',
  label: 'Bulk Update Contact Tags',
  description: 'Adds tags to, or removes tags from, many contacts at once, and reports which contacts were updated and which failed.',
  inputs: fields,
  request: (input, { connection }) => ({
    method: 'POST',
    path: apiPath`/contacts/bulk/tags/update/${input.type}`,
    body: bulkTagsBody(input, connection.locationId),
  }),
  result: bulkTagsResult,
  sample: {
    action: 'add',
    succeeded: true,
    errorCount: 1,
    updatedContactIds: ['qFSqySFkVvNzOSqgGqFi'],
    failedContactIds: ['3ualbhnV7j3n3a9r2moD'],
    responses: [
      { contactId: 'qFSqySFkVvNzOSqgGqFi', message: 'Tags updated', type: 'success', oldTags: ['tag-1'], tagsAdded: ['tag-2'], tagsRemoved: [] },
      { contactId: '3ualbhnV7j3n3a9r2moD', message: 'contact does not belong to location', type: 'error' },
    ],
  },
  outputFields: [
    { key: 'action', label: 'Action' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
    { key: 'errorCount', label: 'Error Count', type: 'integer' },
    { key: 'updatedContactIds', label: 'Updated Contact IDs', list: true },
    { key: 'failedContactIds', label: 'Failed Contact IDs', list: true },
    { key: 'responses[]contactId', label: 'Result: Contact ID' },
    { key: 'responses[]type', label: 'Result: Outcome' },
    { key: 'responses[]message', label: 'Result: Message' },
  ],
});
