import { createAction } from '../../factories/actions';
import type { Json } from '../../factories/common';
import { conversationId } from '../../fields/conversation';
import { choice, id, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/**
 * POST /conversations/providers/live-chat/typing: `{locationId, isTyping, visitorId, conversationId}`, all required.
 * The spec types `isTyping` as a string ("true"/"false").
 */
export default createAction({
  key: 'live_chat_agent_typing',
  noun: 'Typing Indicator',
  label: 'Agent Typing Indicator',
  description: "Updates the live chat typing indicator: shows (or hides) \"agent is typing…\" to the website visitor of a live chat conversation.",
  inputs: inputs({
    conversationId: conversationId({ helpText: 'The live chat conversation. Choose one, or map a HighLevel conversation ID.', required: true }),
    visitorId: id({ label: 'Visitor', helpText: "The live chat visitor: map the `visitorId` from an earlier step (a contact's, or the live chat webhook's).", required: true }),
    isTyping: choice({ label: 'Typing', helpText: 'Show the indicator (typing) or hide it (stopped typing).', values: { true: 'Typing', false: 'Stopped typing' }, required: true }),
  }),
  request: (input, { connection }) => ({
    method: 'POST',
    path: apiPath`/conversations/providers/live-chat/typing`,
    body: { locationId: connection.locationId, isTyping: input.isTyping, visitorId: input.visitorId, conversationId: input.conversationId },
  }),
  result: (response, input) => ({
    id: `${input.conversationId}:${input.isTyping}`,
    conversationId: input.conversationId,
    visitorId: input.visitorId,
    isTyping: input.isTyping === 'true',
    success: (response as Json | undefined)?.success ?? true,
  }),
  sample: { id: 've9EPM428h8vShlRW1KT:true', conversationId: 've9EPM428h8vShlRW1KT', visitorId: 've9EPM428h8vShlRW1KT', isTyping: true, success: true },
  outputFields: [
    { key: 'conversationId', label: 'Conversation ID' },
    { key: 'visitorId', label: 'Visitor ID' },
    { key: 'isTyping', label: 'Typing', type: 'boolean' },
    { key: 'success', label: 'Success', type: 'boolean' },
  ],
});
