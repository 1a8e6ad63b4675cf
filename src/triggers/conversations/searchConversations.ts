import { changeIdOutput } from '../../fields/contactActivity';
import { listTrigger } from '../../factories/triggers';
import { conversationOutputFields, conversationSample, LAST_MESSAGE_TYPES, lastMessageMs, withConversationDates } from '../../fields/conversation';
import { contactId, userId } from '../../fields/dropdowns';
import { choice, inputs, string } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** How many conversations one poll reads (HighLevel's default is 20). */
export const POLL_LIMIT = 100;

const fields = inputs({
  query: string({ label: 'Search Text', helpText: 'Only conversations matching this text (contact name, email, phone, message text…).' }),
  contactId: contactId({ helpText: "Only this contact's conversations. Choose a contact, search for one, or map a HighLevel contact ID." }),
  assignedTo: userId({ label: 'Assigned User', helpText: 'Only conversations assigned to this user.' }),
  status: choice({
    label: 'Status',
    helpText: 'Only read, unread, starred or recent conversations. Default: all.',
    values: { all: 'All', read: 'Read', unread: 'Unread', starred: 'Starred', recents: 'Recents' },
  }),
  lastMessageType: choice({ label: 'Last Message Channel', helpText: 'Only conversations whose last message is of this type.', values: LAST_MESSAGE_TYPES }),
  lastMessageDirection: choice({
    label: 'Last Message Direction',
    helpText: 'Inbound: the contact wrote last (e.g. to catch replies). Outbound: the sub-account wrote last.',
    values: { inbound: 'Inbound', outbound: 'Outbound' },
  }),
  lastMessageAction: choice({ label: 'Last Outbound Message Action', values: { manual: 'Manual', automated: 'Automated' } }),
});

/**
 * GET /conversations/search sorted by last message date, newest first: one request per poll. Each item's `id`
 * is the conversation id plus its last message date, so the trigger fires for a new conversation and again
 * each time a conversation gets a new last message; `conversationId` keeps the conversation's own id.
 */
export default listTrigger({
  key: 'search_conversations',
  noun: 'Conversation',
  label: 'Search Conversations',
  description: 'Triggers when a conversation matching your search starts or gets a new last message.',
  inputs: fields,
  request: (input, { connection }) => ({
    method: 'GET',
    path: apiPath`/conversations/search`,
    query: { ...input, locationId: connection.locationId, sortBy: 'last_message_date', sort: 'desc', limit: POLL_LIMIT },
  }),
  listKey: 'conversations',
  // The marker is the last message's instant in ms: `lastMessageDate` may be `{seconds, nanoseconds}`, whose
  // String() is "[object Object]" for every message (docs/highlevel-in-practice.md).
  mapItem: (conversation) => {
    const dated = withConversationDates(conversation);
    const last = lastMessageMs(dated);
    return { ...dated, conversationId: conversation.id, id: last === undefined ? conversation.id : `${String(conversation.id)}:${last}` };
  },
  newestFirstBy: 'lastMessageDate',
  sample: { ...conversationSample, conversationId: conversationSample.id, id: `${String(conversationSample.id)}:${String(conversationSample.lastMessageDateRaw)}` },
  outputFields: [
    changeIdOutput('conversation'),
    { key: 'conversationId', label: 'Conversation ID' },
    ...conversationOutputFields.filter((field) => field.key !== 'id'),
  ],
});
