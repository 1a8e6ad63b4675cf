import { customFieldOutputs } from '../../fields/customFields';
import { userId } from '../../fields/dropdowns';
import { CONTACT_EVENT_LIMIT, contactEventOutputFields, contactEventSample, contactEventSearch } from '../../fields/events/contacts';
import { inputs } from '../../fields/kit';
import { eventTrigger } from './eventTrigger';

/** Each update of a contact: id = contact id + `dateUpdated` (contract: instant-contract.md). */
export default eventTrigger({
  key: 'updated_contact',
  noun: 'Contact',
  label: 'Updated Contact',
  description: 'Triggers when a contact of the sub-account is updated (a new contact counts as its first update).',
  inputs: inputs({ assignedTo: userId({ label: 'Assigned User', helpText: `Only contacts assigned to this user. ${CONTACT_EVENT_LIMIT}` }) }),
  load: (input, context) => contactEventSearch(context, input.assignedTo ? [{ field: 'assignedTo', operator: 'eq', value: input.assignedTo }] : []),
  recordIdKey: 'contactId',
  marker: (contact) => (contact.dateUpdated ? [contact.dateUpdated] : undefined),
  newestFirstBy: 'dateUpdated',
  sample: { ...contactEventSample, id: `${contactEventSample.id}:${contactEventSample.dateUpdated}` },
  outputFields: [...contactEventOutputFields('Update ID (contact + update time)'), customFieldOutputs('contact')],
});
