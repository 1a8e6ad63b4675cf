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
    expect(items[0]).toMatchObject({
      conversationId: 'cv2',
      fullName: 'New',
      lastMessageBody: 'hello',
      lastMessageDate: '2024-03-09T16:00:00.000Z',
      lastMessageDateRaw: 1710000000000,
    });
    scope.done();
  });

  it('reads a `{seconds, nanoseconds}` lastMessageDate and a numeric type (live answers): ISO date, a new id per new message', async () => {
    const conversation = (seconds: number) => ({ id: 'cv1', type: 1, lastMessageDate: { seconds, nanoseconds: 512000000 }, dateAdded: 1785146400000 });
    const query = { locationId: LOCATION_ID, sortBy: 'last_message_date', sort: 'desc', limit: '100' };
    const scope = highLevel('2021-04-15')
      .get('/conversations/search')
      .query(query)
      .reply(200, { conversations: [conversation(1785232800)], total: 1, traceId: 't1' })
      .get('/conversations/search')
      .query(query)
      .reply(200, { conversations: [conversation(1785236400)], total: 1, traceId: 't2' });

    const [first] = await run<Item[]>('triggers', 'search_conversations');
    const [second] = await run<Item[]>('triggers', 'search_conversations');

    expect(first).toEqual({
      id: 'cv1:1785232800512',
      conversationId: 'cv1',
      type: 1,
      lastMessageDate: '2026-07-28T10:00:00.512Z',
      lastMessageDateRaw: { seconds: 1785232800, nanoseconds: 512000000 },
      dateAdded: '2026-07-27T10:00:00.000Z',
      dateAddedRaw: 1785146400000,
    });
    expect(second!.id).toBe('cv1:1785236400512');
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
