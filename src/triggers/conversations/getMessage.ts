import { watchTrigger } from '../../factories/triggers';
import { messageId, watchedMessageOutputFields, watchedMessageSample } from '../../fields/conversation';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /conversations/messages/{id}: `{message, traceId}` in real answers (the spec: the message at the root); fires when it appears and each time it changes (status, meta). */
export default watchTrigger({
  key: 'get_message',
  noun: 'Message',
  label: 'Get Message by ID',
  description: 'Triggers when the chosen message changes, for example when its delivery status becomes delivered, read or failed, and once when it is first found.',
  inputs: inputs({ messageId: messageId({ required: true }) }),
  request: (input) => ({ method: 'GET', path: apiPath`/conversations/messages/${input.messageId}` }),
  // Real answers wrap the message: `{message, traceId}` (docs/highlevel-in-practice.md); the spec puts it at the root.
  objectKey: ['message'],
  recordIdKey: 'messageId',
  sample: watchedMessageSample,
  outputFields: watchedMessageOutputFields,
});
