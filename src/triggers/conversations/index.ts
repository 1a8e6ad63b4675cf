import type { Trigger } from 'zapier-platform-core';
import dropdownConversations from '../dropdowns/conversations';
import downloadMessageTranscription from './downloadMessageTranscription';
import getConversation from './getConversation';
import getEmailMessage from './getEmailMessage';
import getMessage from './getMessage';
import getMessageRecording from './getMessageRecording';
import getMessageTranscription from './getMessageTranscription';
import listConversationMessages from './listConversationMessages';
import searchConversations from './searchConversations';

export default [
  dropdownConversations,
  searchConversations,
  getConversation,
  getEmailMessage,
  getMessage,
  listConversationMessages,
  getMessageRecording,
  getMessageTranscription,
  downloadMessageTranscription,
] satisfies Trigger[];
