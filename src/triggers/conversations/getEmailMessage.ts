import { watchTrigger } from '../../factories/triggers';
import { emailMessageOutputFields, emailMessageSample, messageId } from '../../fields/conversation';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /conversations/messages/email/{id}: reported as `{emailMessage, traceId}` (the spec: the email at the root); fires when it appears and each time it changes. */
export default watchTrigger({
  key: 'get_email_message',
  noun: 'Email',
  label: 'Get Email by ID',
  description: 'Triggers when the chosen email message changes (for example its status becomes delivered, opened or failed), and once when it is first found.',
  inputs: inputs({
    id: messageId({
      label: 'Email Message',
      helpText: "The email message: map its ID from an earlier step, such as Send Message's `emailMessageId` or a message's `meta.email.messageIds`.",
      required: true,
    }),
  }),
  request: (input) => ({ method: 'GET', path: apiPath`/conversations/messages/email/${input.id}` }),
  objectKey: ['emailMessage'],
  recordIdKey: 'emailMessageId',
  sample: { ...emailMessageSample, id: `${String(emailMessageSample.emailMessageId)}:8e2b6d41c0fa` },
  outputFields: emailMessageOutputFields,
});
