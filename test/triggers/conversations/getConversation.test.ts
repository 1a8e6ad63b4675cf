import { highLevel, run } from '../../helpers';

type Item = Record<string, unknown>;

describe('get_conversation (Get Conversation)', () => {
  it('reads GET /conversations/{conversationId}: conversationId kept, id changes when the conversation changes', async () => {
    const conversation = { id: 'cv1', contactId: 'c1', locationId: 'l1', deleted: false, inbox: true, type: 1, unreadCount: 1 };
    const scope = highLevel('2021-04-15')
      .get('/conversations/cv1')
      .reply(200, conversation)
      .get('/conversations/cv1')
      .reply(200, { ...conversation, unreadCount: 0 });

    const [before] = await run<Item[]>('triggers', 'get_conversation', { conversationId: 'cv1' });
    const [after] = await run<Item[]>('triggers', 'get_conversation', { conversationId: 'cv1' });

    expect(before).toMatchObject({ conversationId: 'cv1', contactId: 'c1', unreadCount: 1 });
    expect(String(before?.id)).toMatch(/^cv1:/);
    expect(after?.id).not.toBe(before?.id);
    scope.done();
  });

  it('gives no item while the conversation does not exist (404)', async () => {
    const scope = highLevel('2021-04-15').get('/conversations/missing').reply(404, { statusCode: 404, message: 'Conversation not found' });
    await expect(run('triggers', 'get_conversation', { conversationId: 'missing' })).resolves.toEqual([]);
    scope.done();
  });

  it('needs a conversation, and sends nothing without one', async () => {
    await expect(run('triggers', 'get_conversation', {})).rejects.toThrow(/Conversation \(conversationId\) is required/);
  });
});
