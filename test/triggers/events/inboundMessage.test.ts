import nock from 'nock';
import { highLevel, LOCATION_ID, run } from '../../helpers';
import { type Item, ZapierDedupe } from './support';

const QUERY = { locationId: LOCATION_ID, lastMessageDirection: 'inbound', sortBy: 'last_message_date', sort: 'desc', limit: '100' };
const answer = (conversations: unknown[], query: Record<string, string> = QUERY) =>
  highLevel('2021-04-15').get('/conversations/search').query(query).reply(200, { conversations, total: conversations.length, traceId: 'trace-1' });

const conversation = (id: string, fields: Record<string, unknown>) => ({
  id,
  contactId: `contact-${id}`,
  lastMessageBody: 'Hi, is Tuesday still OK?',
  lastMessageType: 'TYPE_SMS',
  lastMessageDirection: 'inbound',
  lastMessageDate: 1764590400000,
  fullName: 'Alex Morgan',
  ...fields,
});

describe('new_inbound_message (New Inbound Message)', () => {
  it('asks GET /conversations/search for inbound last messages, newest first, and outputs the message with its conversation', async () => {
    const scope = answer([
      conversation('v1', { lastMessageId: 'm1', lastMessageDate: 1764500000000 }),
      conversation('v2', { lastMessageId: 'm2', lastMessageDate: { seconds: 1764590000, nanoseconds: 500000000 } }),
    ]);
    const items = await run<Item[]>('triggers', 'new_inbound_message');
    expect(items.map((item) => item.id)).toEqual(['m2', 'm1']);
    expect(items[0]).toMatchObject({
      messageId: 'm2',
      conversationId: 'v2',
      contactId: 'contact-v2',
      messageBody: 'Hi, is Tuesday still OK?',
      messageType: 'TYPE_SMS',
      lastMessageAt: '2025-12-01T11:53:20.500Z',
      lastMessageDate: { seconds: 1764590000, nanoseconds: 500000000 },
    });
    scope.done();
  });

  it('filters by channel, and names a message by conversation + date when HighLevel gives no lastMessageId', async () => {
    const scope = answer([conversation('v1', { lastMessageType: 'TYPE_WHATSAPP' })], { ...QUERY, lastMessageType: 'TYPE_WHATSAPP' });
    const items = await run<Item[]>('triggers', 'new_inbound_message', { lastMessageType: 'TYPE_WHATSAPP' });
    expect(items.map((item) => item.id)).toEqual(['v1:2025-12-01T12:00:00.000Z']);
    scope.done();
  });

  it('fires once per message, also in an old conversation that gets a new reply', async () => {
    const zap = new ZapierDedupe('new_inbound_message');
    const old = conversation('old', { lastMessageId: 'm-old', lastMessageDate: 1700000000000 });
    answer([old]);
    expect(await zap.poll()).toEqual([]);
    answer([old]);
    expect(await zap.poll()).toEqual([]);
    answer([{ ...old, lastMessageId: 'm-new', lastMessageBody: 'Any news?', lastMessageDate: 1764590400000 }]);
    const fired = await zap.poll();
    expect(fired).toEqual([expect.objectContaining({ id: 'm-new', conversationId: 'old', messageBody: 'Any news?' })]);
    expect(nock.isDone()).toBe(true);
  });
});
