import type { Json } from '../../factories/common';
import { conversationOutputFields, conversationSample, LAST_MESSAGE_TYPES } from '../../fields/conversation';
import { isoOf, PAGE_SIZE, readList } from '../../fields/events/common';
import { choice, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';
import { eventTrigger } from './eventTrigger';

/**
 * A contact replied: GET /conversations/search with `lastMessageDirection=inbound`, `sortBy=last_message_date`, `sort=desc`
 * (all in the spec): the conversations whose last message came from the contact, most recent first. One request per poll.
 * Conversation items carry `lastMessageId` in public pollers of this endpoint (a GHL reply poller's fixtures); where it is
 * missing, conversation id + last message date names the message.
 */

const messageIdOf = (conversation: Json): string | undefined => {
  if (typeof conversation.lastMessageId === 'string' && conversation.lastMessageId) return conversation.lastMessageId;
  const at = isoOf(conversation.lastMessageDate);
  return typeof conversation.id === 'string' && at ? `${conversation.id}:${at}` : undefined;
};

/** The conversation as the message's context: its own id as `conversationId`, the last message's text and ISO date. */
const asMessage = (conversation: Json): Json => ({
  ...conversation,
  conversationId: conversation.id,
  messageId: messageIdOf(conversation),
  messageBody: conversation.lastMessageBody,
  messageType: conversation.lastMessageType,
  // HighLevel's own value (epoch ms, or {seconds, nanoseconds}) stays in lastMessageDate.
  lastMessageAt: isoOf(conversation.lastMessageDate),
});

export default eventTrigger({
  key: 'new_inbound_message',
  noun: 'Message',
  label: 'New Inbound Message',
  description: 'Triggers when a contact sends a message (SMS, email, WhatsApp, chat…) to the sub-account (optionally: on this channel).',
  inputs: inputs({
    lastMessageType: choice({
      label: 'Channel',
      helpText:
        'Only messages of this channel. Leave empty for every channel. ' +
        `Each check reads the ${PAGE_SIZE} conversations whose last message is the contact's, most recent first: a message answered before the check, or followed by another message from the contact, is not seen on its own.`,
      values: LAST_MESSAGE_TYPES,
    }),
  }),
  load: (input, context) =>
    readList(context, 'conversations', {
      method: 'GET',
      path: apiPath`/conversations/search`,
      query: {
        locationId: context.connection.locationId,
        lastMessageDirection: 'inbound',
        lastMessageType: input.lastMessageType,
        sortBy: 'last_message_date',
        sort: 'desc',
        limit: PAGE_SIZE,
      },
    }),
  keep: (conversation) => conversation.lastMessageDirection === undefined || conversation.lastMessageDirection === 'inbound',
  mapItem: asMessage,
  recordIdKey: 'messageId',
  recordId: (message) => message.messageId,
  newestFirstBy: 'lastMessageAt',
  sample: {
    ...conversationSample,
    lastMessageId: 'k2QbLqCT7ZYAoe9fgnIu',
    id: 'k2QbLqCT7ZYAoe9fgnIu',
    messageId: 'k2QbLqCT7ZYAoe9fgnIu',
    conversationId: conversationSample.id,
    messageBody: conversationSample.lastMessageBody,
    messageType: conversationSample.lastMessageType,
    lastMessageAt: isoOf(conversationSample.lastMessageDate),
  },
  outputFields: [
    { key: 'id', label: 'Message ID' },
    { key: 'messageId', label: 'Message ID (HighLevel)' },
    { key: 'conversationId', label: 'Conversation ID' },
    { key: 'messageBody', label: 'Message Text' },
    { key: 'messageType', label: 'Channel' },
    { key: 'lastMessageAt', label: 'Received At', type: 'datetime' },
    ...conversationOutputFields.filter((field) => !['id', 'lastMessageBody', 'lastMessageType'].includes((field as { key: string }).key)),
  ],
});
