import type { Create } from 'zapier-platform-core';
import liveChatAgentTyping from './liveChatAgentTyping';
import sendMessage from './sendMessage';
import updateMessageStatus from './updateMessageStatus';

export default [sendMessage, updateMessageStatus, liveChatAgentTyping] satisfies Create[];
