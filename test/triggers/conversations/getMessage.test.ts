import { highLevel, run } from '../../helpers';

type Item = Record<string, unknown>;

describe('get_message (Get Message by ID)', () => {
  it('reads GET /conversations/messages/{id} and fires again when the status changes', async () => {
    const message = { id: 'm1', type: 2, messageType: 'TYPE_SMS', conversationId: 'cv1', contactId: 'c1', dateAdded: '2024-03-27T18:13:49.000Z', direction: 'outbound', status: 'sent' };
    const scope = highLevel('2021-04-15')
      .get('/conversations/messages/m1')
      .reply(200, message)
      .get('/conversations/messages/m1')
      .reply(200, { ...message, status: 'delivered' });

    const [sent] = await run<Item[]>('triggers', 'get_message', { messageId: 'm1' });
    const [delivered] = await run<Item[]>('triggers', 'get_message', { messageId: 'm1' });

    expect(sent).toMatchObject({ messageId: 'm1', status: 'sent', conversationId: 'cv1' });
    expect(delivered).toMatchObject({ messageId: 'm1', status: 'delivered' });
    expect(delivered?.id).not.toBe(sent?.id);
    scope.done();
  });

  it('gives no item for a message HighLevel does not have (404)', async () => {
    const scope = highLevel('2021-04-15').get('/conversations/messages/nope').reply(404, { statusCode: 404, message: 'Not Found' });
    await expect(run('triggers', 'get_message', { messageId: 'nope' })).resolves.toEqual([]);
    scope.done();
  });

  it('refuses a message id with a slash, before any request', async () => {
    await expect(run('triggers', 'get_message', { messageId: 'a/b' })).rejects.toThrow(/Message \(messageId\): expected an id/);
  });
});
