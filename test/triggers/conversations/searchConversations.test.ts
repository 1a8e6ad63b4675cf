import { highLevel, LOCATION_ID, run } from '../../helpers';

type Item = Record<string, unknown>;

describe('search_conversations (Search Conversations)', () => {
  it('asks GET /conversations/search for the most recently active conversations, one request, newest first', async () => {
    const scope = highLevel('2021-04-15')
      .get('/conversations/search')
      .query({ locationId: LOCATION_ID, sortBy: 'last_message_date', sort: 'desc', limit: '100' })
      .reply(200, {
        conversations: [
          { id: 'cv1', contactId: 'c1', fullName: 'Old', lastMessageDate: 1700000000000, lastMessageBody: 'hi' },
          { id: 'cv2', contactId: 'c2', fullName: 'New', lastMessageDate: 1710000000000, lastMessageBody: 'hello' },
        ],
        total: 2,
      });

    const items = await run<Item[]>('triggers', 'search_conversations');

    expect(items.map((item) => item.id)).toEqual(['cv2:1710000000000', 'cv1:1700000000000']);
    expect(items[0]).toMatchObject({ conversationId: 'cv2', fullName: 'New', lastMessageBody: 'hello' });
    scope.done();
  });

  it('sends the filters as HighLevel query parameters', async () => {
    const scope = highLevel('2021-04-15')
      .get('/conversations/search')
      .query({
        locationId: LOCATION_ID,
        sortBy: 'last_message_date',
        sort: 'desc',
        limit: '100',
        query: 'ada',
        contactId: 'c1',
        assignedTo: 'u1',
        status: 'unread',
        lastMessageType: 'TYPE_SMS',
        lastMessageDirection: 'inbound',
      })
      .reply(200, { conversations: [{ id: 'cv1' }], total: 1 });

    const items = await run<Item[]>('triggers', 'search_conversations', {
      query: ' ada ',
      contactId: 'c1',
      assignedTo: 'u1',
      status: 'unread',
      lastMessageType: 'TYPE_SMS',
      lastMessageDirection: 'inbound',
      lastMessageAction: '',
    });

    expect(items).toEqual([{ id: 'cv1', conversationId: 'cv1' }]);
    scope.done();
  });

  it('refuses a status HighLevel does not know, before any request', async () => {
    await expect(run('triggers', 'search_conversations', { status: 'archived' })).rejects.toThrow(/Status \(status\): expected one of: all, read, unread, starred, recents/);
  });
});
