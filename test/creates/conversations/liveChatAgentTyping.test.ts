import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('live_chat_agent_typing (Agent Typing Indicator)', () => {
  it('posts locationId, isTyping, visitorId and conversationId to /conversations/providers/live-chat/typing', async () => {
    const scope = highLevel('2021-04-15')
      .post('/conversations/providers/live-chat/typing', { locationId: LOCATION_ID, isTyping: 'true', visitorId: 'v1', conversationId: 'cv1' })
      .reply(201, { success: true });

    await expect(run('creates', 'live_chat_agent_typing', { conversationId: 'cv1', visitorId: 'v1', isTyping: 'true' })).resolves.toEqual({
      id: 'cv1:true',
      conversationId: 'cv1',
      visitorId: 'v1',
      isTyping: true,
      success: true,
    });
    scope.done();
  });

  it('needs the visitor and a typing choice, before any request', async () => {
    await expect(run('creates', 'live_chat_agent_typing', { conversationId: 'cv1', isTyping: 'maybe' })).rejects.toThrow(
      /Visitor \(visitorId\) is required.*Typing \(isTyping\): expected one of: true, false/,
    );
  });
});
