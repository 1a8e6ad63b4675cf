import { messagesOf } from '../../../src/triggers/conversations/listConversationMessages';
import { highLevel, run } from '../../helpers';

type Item = Record<string, unknown>;

const older = { id: 'm1', body: 'first', dateAdded: '2024-03-27T18:00:00.000Z', messageType: 'TYPE_SMS' };
const newer = { id: 'm2', body: 'second', dateAdded: '2024-03-27T19:00:00.000Z', messageType: 'TYPE_CALL' };

describe('list_conversation_messages (Get Messages by Conversation)', () => {
  it('reads the nested answer {messages: {messages: [...]}} of GET /conversations/{id}/messages, newest first', async () => {
    const scope = highLevel('2021-04-15')
      .get('/conversations/cv1/messages')
      .query({ limit: '100' })
      .reply(200, { messages: { lastMessageId: 'm1', nextPage: false, messages: [older, newer] } });

    const items = await run<Item[]>('triggers', 'list_conversation_messages', { conversationId: 'cv1' });

    expect(items.map((item) => item.id)).toEqual(['m2', 'm1']);
    expect(items[0]).toMatchObject({ body: 'second', messageType: 'TYPE_CALL' });
    scope.done();
  });

  it('reads the documented flat answer and sends the type filter comma-separated', async () => {
    const scope = highLevel('2021-04-15')
      .get('/conversations/cv1/messages')
      .query({ limit: '100', type: 'TYPE_SMS,TYPE_CALL' })
      .reply(200, { lastMessageId: 'm1', nextPage: false, messages: [newer, older] });

    const items = await run<Item[]>('triggers', 'list_conversation_messages', { conversationId: 'cv1', type: ['TYPE_SMS', 'TYPE_CALL'] });

    expect(items.map((item) => item.id)).toEqual(['m2', 'm1']);
    scope.done();
  });

  it('refuses an unknown message type, before any request', async () => {
    await expect(run('triggers', 'list_conversation_messages', { conversationId: 'cv1', type: 'TYPE_FAX' })).rejects.toThrow(
      /Message Types \(type\) \(item 1\): expected one of: TYPE_SMS/,
    );
  });

  it('messagesOf reads both shapes and ignores anything else', () => {
    expect(messagesOf({ messages: [older] })).toEqual([older]);
    expect(messagesOf({ messages: { messages: [newer] } })).toEqual([newer]);
    expect(messagesOf({ messages: { nextPage: false } })).toEqual([]);
    expect(messagesOf(undefined)).toEqual([]);
  });
});
