import type { Json } from '../../factories/common';
import { listTrigger } from '../../factories/triggers';
import { conversationId, MESSAGE_TYPES, messageOutputFields, messageSample } from '../../fields/conversation';
import { choice, inputs, list } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** How many messages one poll reads (HighLevel's default is 20). */
export const POLL_LIMIT = 100;

const fields = inputs({
  conversationId: conversationId({ required: true }),
  type: list(choice({ label: 'Message Type', values: MESSAGE_TYPES }), {
    label: 'Message Types',
    helpText: 'Only messages of these types (e.g. SMS, Call). Leave empty for every type.',
    choices: MESSAGE_TYPES,
  }),
});

/**
 * The spec documents `{lastMessageId, nextPage, messages: [...]}`; live answers nest it one level deeper
 * (`{messages: {lastMessageId, nextPage, messages: [...]}}`): read both.
 */
export const messagesOf = (response: unknown): Json[] => {
  const outer = (response as { messages?: unknown } | undefined)?.messages;
  const list = Array.isArray(outer) ? outer : (outer as { messages?: unknown } | undefined)?.messages;
  return Array.isArray(list) ? list.filter((item): item is Json => Boolean(item) && typeof item === 'object' && !Array.isArray(item)) : [];
};

/** GET /conversations/{conversationId}/messages: the latest messages of one conversation, newest first, one request per poll. */
export default listTrigger({
  key: 'list_conversation_messages',
  noun: 'Message',
  label: 'Get Messages by Conversation',
  description: 'Triggers when a new message (of the chosen types) is added to a conversation.',
  inputs: fields,
  request: (input) => ({
    method: 'GET',
    path: apiPath`/conversations/${input.conversationId}/messages`,
    query: { limit: POLL_LIMIT, ...(input.type?.length ? { type: input.type.join(',') } : {}) },
  }),
  items: messagesOf,
  newestFirstBy: 'dateAdded',
  sample: messageSample,
  outputFields: messageOutputFields,
});
