import { createAction } from '../../factories/actions';
import { contactOutputFields, contactSample, contactWriteInputs } from '../../fields/contact';
import { upsertTags } from '../../fields/contactActions';
import { customFieldInputs, customFieldOutputs, customFieldWrites, labelCustomFields } from '../../fields/customFields';
import { boolean, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const fields = inputs({
  ...contactWriteInputs,
  tags: upsertTags,
  createNewIfDuplicateAllowed: boolean({
    label: 'Always Create When Duplicates Are Allowed',
    helpText:
      'Yes creates a new contact without looking for a match, but only when the sub-account allows duplicate contacts; otherwise the usual matching applies. Leave empty (No) to update the matching contact when there is one.',
  }),
});

/**
 * POST /contacts/upsert with the location id: HighLevel matches an existing contact by the sub-account's
 * "Allow Duplicate Contact" rules (email and/or phone), updates it or creates a new one, and says which (`new`).
 */
export default createAction({
  key: 'upsert_contact',
  noun: 'Contact',
  label: 'Upsert Contact',
  description:
    'Updates the contact matching the email or phone (by the sub-account’s duplicate rules), or creates one when none matches. The result says if it is new.',
  inputs: fields,
  dynamicInputs: [customFieldInputs('contact')],
  request: async (input, { z, bundle, connection }) => {
    return {
      method: 'POST',
      path: apiPath`/contacts/upsert`,
      body: { ...input, locationId: connection.locationId, customFields: await customFieldWrites(z, bundle, 'contact') },
    };
  },
  result: (response) => {
    const answer = (response ?? {}) as { new?: unknown; contact?: Record<string, unknown> };
    return { ...labelCustomFields(answer.contact ?? {}), new: answer.new === true };
  },
  sample: { ...contactSample, new: true },
  outputFields: [...contactOutputFields, { key: 'new', label: 'Created New Contact', type: 'boolean' }, customFieldOutputs('contact')],
});
