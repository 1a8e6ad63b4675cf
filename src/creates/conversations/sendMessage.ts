import { createAction } from '../../factories/actions';
import type { Json } from '../../factories/common';
import type { Channel } from '../../fields/conversation';
import { CHANNELS, sentMessageOutputFields, sentMessageSample } from '../../fields/conversation';
import { contactId } from '../../fields/dropdowns';
import type { Parsed } from '../../fields/kit';
import { choice, datetime, email, id, inputs, invalidInput, list, phone, string, text, url } from '../../fields/kit';
import { apiPath } from '../../http/path';

const definitions = {
  type: choice({ label: 'Channel', helpText: 'How the message is sent. The contact needs the matching address (phone, email, Facebook/Instagram/TikTok link, live chat session).', values: CHANNELS, required: true }),
  contactId: contactId({ helpText: 'The contact who receives the message. Choose a contact, search for one, or map a HighLevel contact ID.', required: true }),
  message: text({ label: 'Message', helpText: 'The text of the message. Required for every channel except Email (where HTML can replace it) and except when a template or attachments carry the content.' }),
  subject: string({ label: 'Subject', helpText: 'Email only, required for Email: the subject line.' }),
  html: text({ label: 'HTML Body', helpText: 'Email only: the HTML body (e.g. `<p>Hello</p>`). Email needs Message or HTML Body.' }),
  emailFrom: email({ label: 'From Email', helpText: "Email only: the sender's email address. Default: the sub-account's email settings." }),
  emailTo: email({ label: 'To Email', helpText: "Email only: send to this address instead of the contact's primary email (it must be one of the contact's addresses)." }),
  emailCc: list(email({ label: 'CC' }), { label: 'CC', helpText: 'Email only: email addresses to copy. One per item.' }),
  emailBcc: list(email({ label: 'BCC' }), { label: 'BCC', helpText: 'Email only: email addresses to blind-copy. One per item.' }),
  emailReplyMode: choice({ label: 'Email Reply Mode', helpText: 'Email only, with Reply To Message ID: reply to the sender or to everyone.', values: { reply: 'Reply', reply_all: 'Reply all' } }),
  attachments: list(url({ label: 'Attachment' }), { label: 'Attachments', helpText: 'Public web addresses (`https://…`) of files to attach, one per item.' }),
  templateId: id({ label: 'Template', helpText: 'A message template (Marketing › Templates), its ID mapped from an earlier step: its content replaces Message/Subject/HTML.' }),
  scheduledTimestamp: datetime({ label: 'Send At', helpText: 'Schedule the message for this date and time instead of sending it now (e.g. 2026-01-31T14:30:00-05:00).', as: 'epochSeconds' }),
  fromNumber: phone({ label: 'From Number', helpText: "SMS, RCS, WhatsApp or custom provider only: the sub-account's number to send from, e.g. +15551234567. Default: the sub-account's default number." }),
  toNumber: phone({ label: 'To Number', helpText: "SMS, RCS, WhatsApp or custom provider only: send to this number instead of the contact's phone, e.g. +15551234567." }),
  replyMessageId: id({ label: 'Reply To Message', helpText: 'The message this one replies to: map its ID from an earlier step, such as Get Messages by Conversation.' }),
  threadId: id({ label: 'Thread', helpText: 'The message thread to continue, its ID mapped from an earlier step (for Email: the message holding the thread).' }),
  conversationProviderId: id({ label: 'Conversation Provider', helpText: 'Required for the Custom channel: the provider (marketplace app) that delivers it, its ID mapped from an earlier step or typed.' }),
};
const fields = inputs(definitions);
type Input = Parsed<typeof definitions>;

const EMAIL_ONLY = ['subject', 'html', 'emailFrom', 'emailTo', 'emailCc', 'emailBcc', 'emailReplyMode'] as const;
const PHONE_FIELDS = ['fromNumber', 'toNumber'] as const;
const PHONE_CHANNELS: readonly Channel[] = ['SMS', 'RCS', 'WhatsApp', 'Custom'];

const named = (key: keyof typeof definitions): string => `${definitions[key].field.label ?? key} (${key})`;
const namedList = (keys: readonly (keyof typeof definitions)[]): string => keys.map(named).join(', ');

/**
 * What the chosen channel cannot send, as sentences naming the fields; empty when the message can go.
 * Pure, so it is unit-tested; the request builder refuses before HighLevel is called.
 */
export const channelProblems = (input: Input): string[] => {
  const problems: string[] = [];
  const type = input.type as Channel;
  const channel = CHANNELS[type];
  const has = (key: keyof Input) => input[key] !== undefined;
  const viaTemplate = has('templateId');
  if (type === 'Email') {
    if (!viaTemplate && !has('subject')) problems.push(`Email needs ${named('subject')} (or ${named('templateId')}).`);
    if (!viaTemplate && !has('message') && !has('html')) problems.push(`Email needs ${named('message')} or ${named('html')} (or ${named('templateId')}).`);
  } else {
    const emailFields = EMAIL_ONLY.filter(has);
    if (emailFields.length) problems.push(`${namedList(emailFields)} only apply to Email, not to ${channel}: clear them or choose the Email channel.`);
    if (!viaTemplate && !has('message') && !has('attachments')) problems.push(`${channel} needs ${named('message')} (or ${named('attachments')} or ${named('templateId')}).`);
  }
  if (!PHONE_CHANNELS.includes(type)) {
    const phoneFields = PHONE_FIELDS.filter(has);
    if (phoneFields.length) problems.push(`${namedList(phoneFields)} only apply to SMS, RCS, WhatsApp and custom providers, not to ${channel}.`);
  }
  if (type === 'Custom' && !has('conversationProviderId')) problems.push(`The Custom channel needs ${named('conversationProviderId')}.`);
  return problems;
};

/**
 * POST /conversations/messages with the mapped fields, plus the `subType` and `status` the official spec requires:
 * a live call with `{type: "SMS", subType: "SMS", status: "pending", …}` succeeded (docs/highlevel-in-practice.md),
 * so `subType` repeats the channel and `status` is `pending` (the message is queued, not yet delivered).
 */
export default createAction({
  key: 'send_message',
  noun: 'Message',
  label: 'Send Message',
  description: 'Sends an SMS, email, WhatsApp, Facebook, Instagram, TikTok, live chat or custom-provider message to a contact, now or at a scheduled time.',
  inputs: fields,
  request: (input) => {
    const problems = channelProblems(input);
    if (problems.length) throw invalidInput(problems);
    return { method: 'POST', path: apiPath`/conversations/messages`, body: { ...input, subType: input.type, status: 'pending' } };
  },
  result: (response) => {
    const sent = (response && typeof response === 'object' ? response : {}) as Json;
    const messageIds = Array.isArray(sent.messageIds) ? sent.messageIds : [];
    return { id: sent.messageId ?? messageIds[0] ?? sent.conversationId, ...sent };
  },
  sample: sentMessageSample,
  outputFields: sentMessageOutputFields,
});
