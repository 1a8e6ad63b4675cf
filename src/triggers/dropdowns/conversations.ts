import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** How many conversations the dropdown offers: the most recently active ones (the search cursor cannot page a dropdown). */
export const DROPDOWN_SIZE = 100;

/** Conversations of the sub-account, most recent activity first, named after the contact and the channel. */
export default dropdownTrigger({
  key: 'dropdown_conversations',
  noun: 'Conversation',
  inputs: inputs({}),
  request: (_input, { connection }) => ({
    method: 'GET',
    path: apiPath`/conversations/search`,
    query: { locationId: connection.locationId, sortBy: 'last_message_date', sort: 'desc', limit: DROPDOWN_SIZE },
  }),
  listKey: 'conversations',
  mapItem: (conversation) => {
    const who = conversation.fullName || conversation.contactName || conversation.email || conversation.phone || conversation.contactId || conversation.id;
    const channel = typeof conversation.lastMessageType === 'string' ? conversation.lastMessageType.replace(/^TYPE_/, '').replace(/_/g, ' ').toLowerCase() : '';
    return { ...conversation, name: channel ? `${String(who)} (${channel})` : String(who) };
  },
  sample: { id: 'ABCHkzuJQ8ZMd4Te84GK', name: 'John Doe (sms)' },
});
