import type { PlainOutputField } from 'zapier-platform-core';
import type { Json } from '../factories/common';
import { epochMsOf, withIsoDates } from './dates';
import { id, inputs } from './kit';
import { changeIdOutput } from './contactActivity';

type OutputFields = PlainOutputField[];

/**
 * Shapes shared by the Conversations & Messages operations: id inputs, samples and labelled output fields
 * (conversation, message, email message, transcription, send result), and the channel/message-type choices.
 */

// ---------- inputs ----------

type IdOptions = { label?: string; helpText?: string; required?: boolean };

/** A conversation of the sub-account, picked from the most recently active ones (`dropdown_conversations`). */
export const conversationId = <O extends IdOptions>(options: O = {} as O) =>
  id({
    label: 'Conversation',
    helpText: 'Choose one of the most recently active conversations, or map a HighLevel conversation ID.',
    dynamic: 'dropdown_conversations.id.name',
    ...options,
  });

/** A message id: messages are only listed per conversation, so it is mapped from an earlier step. */
export const messageId = <O extends IdOptions>(options: O = {} as O) =>
  id({
    label: 'Message',
    helpText: 'The message: map its ID from an earlier step, such as Get Messages by Conversation or Send Message (`messageId`).',
    ...options,
  });

/** The one input of the call-message triggers (recording, transcription, transcription file). */
export const callMessageInputs = inputs({
  messageId: messageId({ helpText: 'The call message: map its ID from an earlier step, such as Get Messages by Conversation.', required: true }),
});

// ---------- choices ----------

/** The channels `POST /conversations/messages` can send on (`type` of SendMessageBodyDto). */
export const CHANNELS = {
  SMS: 'SMS',
  Email: 'Email',
  WhatsApp: 'WhatsApp',
  RCS: 'RCS (rich SMS)',
  FB: 'Facebook Messenger',
  IG: 'Instagram DM',
  Live_Chat: 'Live Chat',
  TIKTOK: 'TikTok',
  Custom: 'Custom conversation provider',
} as const;
export type Channel = keyof typeof CHANNELS;

/** Message types a conversation's messages can be filtered by (`type` of GET /conversations/{id}/messages). */
export const MESSAGE_TYPES = {
  TYPE_SMS: 'SMS',
  TYPE_CALL: 'Call',
  TYPE_EMAIL: 'Email',
  TYPE_WHATSAPP: 'WhatsApp',
  TYPE_RCS: 'RCS',
  TYPE_FACEBOOK: 'Facebook',
  TYPE_INSTAGRAM: 'Instagram',
  TYPE_GMB: 'Google Business Profile',
  TYPE_LIVE_CHAT: 'Live Chat',
  TYPE_TIKTOK: 'TikTok',
  TYPE_INTERNAL_COMMENTS: 'Internal Comments',
  TYPE_FORM_SUBMISSION: 'Form Submission',
  TYPE_ACTIVITY_APPOINTMENT: 'Activity: Appointment',
  TYPE_ACTIVITY_CONTACT: 'Activity: Contact',
  TYPE_ACTIVITY_INVOICE: 'Activity: Invoice',
  TYPE_ACTIVITY_PAYMENT: 'Activity: Payment',
  TYPE_ACTIVITY_OPPORTUNITY: 'Activity: Opportunity',
  TYPE_ACTIVITY_WHATSAPP: 'Activity: WhatsApp',
  TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG: 'Activity: Employee Action Log',
} as const;

/** The most useful values of a conversation's `lastMessageType` (GET /conversations/search). */
export const LAST_MESSAGE_TYPES = {
  TYPE_SMS: 'SMS',
  TYPE_CALL: 'Call',
  TYPE_EMAIL: 'Email',
  TYPE_WHATSAPP: 'WhatsApp',
  TYPE_RCS: 'RCS',
  TYPE_FACEBOOK: 'Facebook',
  TYPE_INSTAGRAM: 'Instagram',
  TYPE_GMB: 'Google Business Profile',
  TYPE_WEBCHAT: 'Web Chat',
  TYPE_LIVE_CHAT: 'Live Chat',
  TYPE_TIKTOK: 'TikTok',
  TYPE_REVIEW: 'Review',
  TYPE_FACEBOOK_COMMENT: 'Facebook Comment',
  TYPE_INSTAGRAM_COMMENT: 'Instagram Comment',
  TYPE_TIKTOK_COMMENT: 'TikTok Comment',
  TYPE_CUSTOM_SMS: 'Custom SMS',
  TYPE_CUSTOM_EMAIL: 'Custom Email',
  TYPE_CUSTOM_PROVIDER_SMS: 'Custom Provider SMS',
  TYPE_CUSTOM_PROVIDER_EMAIL: 'Custom Provider Email',
  TYPE_CUSTOM_CALL: 'Custom Call',
  TYPE_IVR_CALL: 'IVR Call',
  TYPE_CAMPAIGN_SMS: 'Campaign SMS',
  TYPE_CAMPAIGN_EMAIL: 'Campaign Email',
  TYPE_CAMPAIGN_CALL: 'Campaign Call',
  TYPE_CAMPAIGN_VOICEMAIL: 'Campaign Voicemail',
  TYPE_FORM_SUBMISSION: 'Form Submission',
  TYPE_INTERNAL_COMMENT: 'Internal Comment',
} as const;

// ---------- conversation ----------

/** A conversation's dates: epoch ms in answers, `lastMessageDate` sometimes Firestore's `{seconds, nanoseconds}`. */
export const CONVERSATION_DATES = ['lastMessageDate', 'dateAdded', 'dateUpdated'] as const;

/**
 * A conversation as Zapier shows it: its dates ISO 8601 (HighLevel's own value kept as `<date>Raw`), and a
 * numeric `type` (seen on live answers beside the spec's `TYPE_PHONE`…) kept as HighLevel wrote it.
 */
export const withConversationDates = (conversation: Json): Json => withIsoDates(conversation, CONVERSATION_DATES);

/** The instant of a conversation's last message in epoch ms, whatever form HighLevel wrote it in. */
export const lastMessageMs = (conversation: Json): number | undefined => epochMsOf(conversation.lastMessageDateRaw ?? conversation.lastMessageDate);

/** A conversation as GET /conversations/search lists it (ConversationSchema; live answers add the dates). */
export const conversationSample: Json = {
  id: 'ABCHkzuJQ8ZMd4Te84GK',
  contactId: '9VEmS0si86GW6gXWU89b',
  locationId: 'ABCHkzuJQ8ZMd4Te84GK',
  lastMessageBody: 'This is a sample message body',
  lastMessageType: 'TYPE_SMS',
  lastMessageDirection: 'inbound',
  lastMessageDate: '2024-05-29T16:26:40.000Z',
  lastMessageDateRaw: 1717000000000,
  dateAdded: '2024-05-29T13:40:00.000Z',
  dateAddedRaw: 1716990000000,
  dateUpdated: '2024-05-29T16:26:40.000Z',
  dateUpdatedRaw: 1717000000000,
  type: 'TYPE_PHONE',
  unreadCount: 1,
  fullName: 'John Doe',
  contactName: 'John Doe Company',
  email: 'johndoe@mailingdomain.com',
  phone: '+15550001234',
  assignedTo: 'ocQHyuzHvysMo5N5VsXc',
  starred: false,
};

export const conversationOutputFields: OutputFields = [
  { key: 'id', label: 'Conversation ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'locationId', label: 'Sub-account' },
  { key: 'fullName', label: 'Contact Full Name' },
  { key: 'contactName', label: 'Contact Name' },
  { key: 'email', label: 'Contact Email' },
  { key: 'phone', label: 'Contact Phone' },
  { key: 'type', label: 'Conversation Type' },
  { key: 'lastMessageBody', label: 'Last Message Body' },
  { key: 'lastMessageType', label: 'Last Message Type' },
  { key: 'lastMessageDirection', label: 'Last Message Direction' },
  { key: 'lastMessageDate', label: 'Last Message Date', type: 'datetime' },
  { key: 'lastMessageDateRaw', label: 'Last Message Date (as HighLevel sent it)' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'dateAddedRaw', label: 'Date Added (as HighLevel sent it)' },
  { key: 'unreadCount', label: 'Unread Count', type: 'integer' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'starred', label: 'Starred', type: 'boolean' },
];

/** GET /conversations/{conversationId}: the conversation at the root (GetConversationByIdResponse). */
export const conversationDetailSample: Json = {
  id: 've9EPM428kjkvShlRW1KT',
  conversationId: 've9EPM428kjkvShlRW1KT',
  contactId: 've9EPM428kjkvShlRW1KT',
  locationId: 've9EPM428kjkvShlRW1KT',
  deleted: false,
  inbox: true,
  type: 1,
  unreadCount: 1,
  assignedTo: 've9EPM428kjkvShlRW1KT',
  starred: true,
};

export const conversationDetailOutputFields: OutputFields = [
  { key: 'conversationId', label: 'Conversation ID' },
  changeIdOutput('conversation'),
  { key: 'contactId', label: 'Contact ID' },
  { key: 'locationId', label: 'Sub-account' },
  { key: 'type', label: 'Channel Type (1 Phone, 2 Email, 3 Facebook Messenger, 4 Review, 5 Group SMS)' },
  { key: 'unreadCount', label: 'Unread Count', type: 'integer' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'starred', label: 'Starred', type: 'boolean' },
  { key: 'inbox', label: 'In Inbox', type: 'boolean' },
  { key: 'deleted', label: 'Deleted', type: 'boolean' },
  { key: 'lastMessageDate', label: 'Last Message Date', type: 'datetime' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'dateUpdated', label: 'Date Updated', type: 'datetime' },
];

// ---------- message ----------

/** A message (GetMessageResponseDto): GET /conversations/messages/{id} and the items of a conversation's messages. */
export const messageSample: Json = {
  id: 've9EPM428h8vShlRW1KT',
  type: 1,
  messageType: 'TYPE_SMS',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: 've9EPM428h8vShlRW1KT',
  conversationId: 've9EPM428h8vShlRW1KT',
  dateAdded: '2024-03-27T18:13:49.000Z',
  body: 'Hi there',
  direction: 'inbound',
  status: 'delivered',
  contentType: 'text/plain',
  attachments: [],
  source: 'app',
  userId: 've9EPM428kjkvShlRW1KT',
  meta: { callDuration: 120, callStatus: 'completed' },
};

export const messageOutputFields: OutputFields = [
  { key: 'id', label: 'Message ID' },
  { key: 'messageType', label: 'Message Type' },
  { key: 'type', label: 'Message Type Number', type: 'integer' },
  { key: 'conversationId', label: 'Conversation ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'locationId', label: 'Sub-account' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'body', label: 'Body' },
  { key: 'direction', label: 'Direction (inbound/outbound)' },
  { key: 'status', label: 'Status' },
  { key: 'contentType', label: 'Content Type' },
  { key: 'attachments[]', label: 'Attachment URLs' },
  { key: 'source', label: 'Source' },
  { key: 'userId', label: 'User ID' },
  { key: 'meta__callDuration', label: 'Call Duration (seconds)' },
  { key: 'meta__callStatus', label: 'Call Status' },
];

/** The message watched by Get Message by ID: `id` carries the change marker, `messageId` the message. */
export const watchedMessageSample: Json = { ...messageSample, messageId: messageSample.id, id: `${String(messageSample.id)}:3f2a9c1b7d4e` };
export const watchedMessageOutputFields: OutputFields = [
  { key: 'messageId', label: 'Message ID' },
  changeIdOutput('message'),
  ...messageOutputFields.filter((field) => field.key !== 'id'),
];

// ---------- email message ----------

/** GET /conversations/messages/email/{id} (GetEmailMessageResponseDto). */
export const emailMessageSample: Json = {
  id: 've9EPM428h8vShlRW1KT',
  emailMessageId: 've9EPM428h8vShlRW1KT',
  altId: 've9EPM428h8vShlRW1KT',
  threadId: 've9EPM428h8vShlRW1KT',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: 've9EPM428h8vShlRW1KT',
  conversationId: 've9EPM428h8vShlRW1KT',
  dateAdded: '2024-03-27T18:13:49.000Z',
  subject: 'Order confirm',
  body: 'Hi there',
  direction: 'outbound',
  status: 'delivered',
  contentType: 'text/html',
  attachments: [],
  provider: 'Leadconnector Gmail',
  from: 'Support <support@example.com>',
  to: ['johndoe@mailingdomain.com'],
  cc: [],
  bcc: [],
  source: 'api',
};

export const emailMessageOutputFields: OutputFields = [
  { key: 'emailMessageId', label: 'Email Message ID' },
  changeIdOutput('email message'),
  { key: 'threadId', label: 'Thread ID' },
  { key: 'conversationId', label: 'Conversation ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'subject', label: 'Subject' },
  { key: 'body', label: 'Body' },
  { key: 'from', label: 'From' },
  { key: 'to[]', label: 'To' },
  { key: 'cc[]', label: 'CC' },
  { key: 'bcc[]', label: 'BCC' },
  { key: 'direction', label: 'Direction (inbound/outbound)' },
  { key: 'status', label: 'Status' },
  { key: 'provider', label: 'Provider' },
  { key: 'attachments[]', label: 'Attachment URLs' },
  { key: 'replyToMessageId', label: 'Reply To Email Message ID' },
];

// ---------- transcription ----------

/** One sentence of a call transcription (GetMessageTranscriptionResponseDto). */
export interface TranscriptSentence extends Json {
  mediaChannel?: number;
  sentenceIndex?: number;
  startTime?: number;
  endTime?: number;
  transcript?: string;
  confidence?: number;
}

export const transcriptionSample: Json = {
  id: 've9EPM428h8vShlRW1KT:transcription',
  messageId: 've9EPM428h8vShlRW1KT',
  locationId: 'tDtDnQdgm2LXpyiqYvZ6',
  kind: 'transcription',
  transcript: 'This call may be recorded for quality assurance purposes.\nSure, go ahead.',
  sentenceCount: 2,
  sentences: [
    { mediaChannel: 1, sentenceIndex: 1, startTime: 34, endTime: 45, transcript: 'This call may be recorded for quality assurance purposes.', confidence: 0.9 },
    { mediaChannel: 2, sentenceIndex: 2, startTime: 46, endTime: 52, transcript: 'Sure, go ahead.', confidence: 0.87 },
  ],
};

export const transcriptionOutputFields: OutputFields = [
  { key: 'messageId', label: 'Message ID' },
  changeIdOutput('message'),
  { key: 'locationId', label: 'Sub-account' },
  { key: 'transcript', label: 'Transcript (full text)' },
  { key: 'sentenceCount', label: 'Sentence Count', type: 'integer' },
  { key: 'sentences[]transcript', label: 'Sentence Transcript' },
  { key: 'sentences[]mediaChannel', label: 'Sentence Media Channel', type: 'number' },
  { key: 'sentences[]startTime', label: 'Sentence Start Time (ms)', type: 'number' },
  { key: 'sentences[]endTime', label: 'Sentence End Time (ms)', type: 'number' },
  { key: 'sentences[]confidence', label: 'Sentence Confidence', type: 'number' },
];

/**
 * HighLevel documents one sentence object; live answers may be an array of sentences (or wrap them):
 * this reads all three shapes into the sentences, in spoken order.
 */
export const transcriptSentences = (response: unknown): TranscriptSentence[] => {
  const record = response && typeof response === 'object' && !Array.isArray(response) ? (response as Json) : undefined;
  const wrapped = record && (record.transcription ?? record.sentences ?? record.data);
  const list = Array.isArray(response)
    ? response
    : Array.isArray(wrapped)
      ? wrapped
      : record && (typeof record.transcript === 'string' || record.sentenceIndex !== undefined)
        ? [record]
        : [];
  const sentences = list.filter((item): item is TranscriptSentence => Boolean(item) && typeof item === 'object' && !Array.isArray(item));
  return sentences
    .map((sentence, index) => ({ sentence, index }))
    .sort((a, b) => Number(a.sentence.sentenceIndex ?? a.index) - Number(b.sentence.sentenceIndex ?? b.index) || a.index - b.index)
    .map(({ sentence }) => sentence);
};

// ---------- files (recording, transcription download) ----------

/** A message file item: the message, its kind (the item id pairs them), and the file as a dehydrated file field. */
const messageFileSample = (kind: string, fileName: string, contentType: string): Json => ({
  id: `ve9EPM428h8vShlRW1KT:${kind}`,
  messageId: 've9EPM428h8vShlRW1KT',
  locationId: 'tDtDnQdgm2LXpyiqYvZ6',
  kind,
  file: `https://zapier-dev-files.s3.amazonaws.com/cli-platform/${fileName}`,
  fileName,
  contentType,
});

const messageFileOutputFields = (fileLabel: string): OutputFields => [
  { key: 'messageId', label: 'Message ID' },
  changeIdOutput('message'),
  { key: 'locationId', label: 'Sub-account' },
  { key: 'file', label: fileLabel, type: 'file' },
  { key: 'fileName', label: 'File Name' },
  { key: 'contentType', label: 'Content Type' },
];

export const recordingSample = messageFileSample('recording', 'audio.wav', 'audio/x-wav');
export const recordingOutputFields = messageFileOutputFields('Recording File');

export const transcriptionFileSample: Json = {
  ...messageFileSample('transcription-file', 'transcription.txt', 'text/plain'),
  text: 'This call may be recorded for quality assurance purposes.',
};
export const transcriptionFileOutputFields: OutputFields = [...messageFileOutputFields('Transcription File'), { key: 'text', label: 'Transcription Text' }];

// ---------- send result ----------

/** POST /conversations/messages (SendMessageResponseDto), with `id` = the message id. */
export const sentMessageSample: Json = {
  id: 't22c6DQcTDf3MjRhwf77',
  conversationId: 'ABC12h2F6uBrIkfXYazb',
  messageId: 't22c6DQcTDf3MjRhwf77',
  emailMessageId: 'rnGyqh2F6uBrIkfhFo9A',
  msg: 'Message queued successfully.',
  status: 'delivered',
};

export const sentMessageOutputFields: OutputFields = [
  { key: 'messageId', label: 'Message ID' },
  { key: 'conversationId', label: 'Conversation ID' },
  { key: 'emailMessageId', label: 'Email Message ID' },
  { key: 'messageIds[]', label: 'Message IDs (Google Business Profile)' },
  { key: 'status', label: 'Status' },
  { key: 'msg', label: 'HighLevel Note' },
];
