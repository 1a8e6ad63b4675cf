import { highLevel, run } from '../../helpers';

describe('update_message_status (Update Message Status)', () => {
  it('puts the status to /conversations/messages/{messageId}/status and returns it', async () => {
    const scope = highLevel('2021-04-15')
      .put('/conversations/messages/m1/status', { status: 'delivered' })
      .reply(200, { conversationId: 'cv1', messageId: 'm1', status: 'delivered' });

    await expect(run('creates', 'update_message_status', { messageId: 'm1', status: 'delivered', errorCode: '' })).resolves.toEqual({
      id: 'm1',
      messageId: 'm1',
      conversationId: 'cv1',
      status: 'delivered',
    });
    scope.done();
  });

  it("sends a failure with the provider's error and the email recipients", async () => {
    const scope = highLevel('2021-04-15')
      .put('/conversations/messages/m1/status', {
        status: 'failed',
        error: { code: '30003', type: 'saas', message: 'Unreachable handset' },
        emailMessageId: 'e1',
        recipients: ['a@example.com'],
      })
      .reply(200, {});

    await expect(
      run('creates', 'update_message_status', {
        messageId: 'm1',
        status: 'failed',
        errorCode: '30003',
        errorType: 'saas',
        errorMessage: 'Unreachable handset',
        emailMessageId: 'e1',
        recipients: 'a@example.com',
      }),
    ).resolves.toEqual({ id: 'm1', messageId: 'm1', status: 'failed' });
    scope.done();
  });

  it("explains HighLevel's refusal: only the conversation provider app may update a message status", async () => {
    const scope = highLevel('2021-04-15')
      .put('/conversations/messages/m1/status', { status: 'read' })
      .reply(403, { statusCode: 403, message: 'Forbidden resource' });

    await expect(run('creates', 'update_message_status', { messageId: 'm1', status: 'read' })).rejects.toThrow(
      /Forbidden resource.*only accepts message status updates from the conversation-provider marketplace app/,
    );
    scope.done();
  });

  it('says when the message does not exist (404)', async () => {
    const scope = highLevel('2021-04-15').put('/conversations/messages/nope/status', { status: 'read' }).reply(404, { statusCode: 404, message: 'Not Found' });
    await expect(run('creates', 'update_message_status', { messageId: 'nope', status: 'read' })).rejects.toThrow(/found no message nope/);
    scope.done();
  });

  it('refuses a bad status or an incomplete provider error, before any request', async () => {
    await expect(run('creates', 'update_message_status', { messageId: 'm1', status: 'unread' })).rejects.toThrow(
      /Status \(status\): expected one of: delivered, failed, pending, read/,
    );
    await expect(run('creates', 'update_message_status', { messageId: 'm1', status: 'failed', errorMessage: 'boom' })).rejects.toThrow(
      /missing: errorCode, errorType/,
    );
  });
});
