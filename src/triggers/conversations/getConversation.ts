import { watchTrigger } from '../../factories/triggers';
import { conversationDetailOutputFields, conversationDetailSample, conversationId, withConversationDates } from '../../fields/conversation';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /conversations/{conversationId}: the conversation at the root; fires when it appears and each time it changes. */
export default watchTrigger({
  key: 'get_conversation',
  noun: 'Conversation',
  label: 'Get Conversation',
  description: 'Triggers when the chosen conversation changes (new unread messages, reassignment, starred, moved out of the inbox…), and once when it is first found.',
  inputs: inputs({ conversationId: conversationId({ required: true }) }),
  request: (input) => ({ method: 'GET', path: apiPath`/conversations/${input.conversationId}` }),
  recordIdKey: 'conversationId',
  mapItem: withConversationDates,
  sample: { ...conversationDetailSample, id: `${String(conversationDetailSample.conversationId)}:5c1d0e9a3b7f` },
  outputFields: conversationDetailOutputFields,
});
