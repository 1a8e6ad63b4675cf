import { instantTrigger } from './factory';
import { recordOf, required } from './payloads';

/** InboundMessage: the message's keys at the root, its id under `messageId` (docs/webhook events/InboundMessage.md). */
export const newInboundMessageInstant = instantTrigger({
  key: 'new_inbound_message_instant',
  label: 'New Inbound Message (Instant)',
  description: 'Triggers as soon as a contact sends a message (SMS, email, chat…) to the sub-account (through the webhook relay).',
  event: 'InboundMessage',
  twin: 'new_inbound_message',
  fromWebhook: (payload) => {
    const messageId = required(payload, 'messageId', 'InboundMessage');
    return [{ ...recordOf(payload), messageId, id: messageId }];
  },
});
