import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('dropdown_conversations (hidden)', () => {
  it('lists the most recently active conversations, named after the contact and channel', async () => {
    const scope = highLevel('2021-04-15')
      .get('/conversations/search')
      .query({ locationId: LOCATION_ID, sortBy: 'last_message_date', sort: 'desc', limit: '100' })
      .reply(200, {
        conversations: [
          { id: 'cv1', fullName: 'John Doe', lastMessageType: 'TYPE_LIVE_CHAT' },
          { id: 'cv2', fullName: '', contactName: '', email: 'ada@example.com' },
        ],
        total: 2,
      });

    const items = await run<Array<Record<string, unknown>>>('triggers', 'dropdown_conversations');

    expect(items.map(({ id, name }) => ({ id, name }))).toEqual([
      { id: 'cv1', name: 'John Doe (live chat)' },
      { id: 'cv2', name: 'ada@example.com' },
    ]);
    scope.done();
  });
});
