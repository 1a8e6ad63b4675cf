import { highLevel, run } from '../../helpers';

type Item = Record<string, unknown>;

describe('get_email_message (Get Email by ID)', () => {
  it('reads GET /conversations/messages/email/{id} and returns the email with emailMessageId', async () => {
    const email = {
      id: 'e1',
      threadId: 'm1',
      conversationId: 'cv1',
      contactId: 'c1',
      dateAdded: '2024-03-27T18:13:49.000Z',
      subject: 'Order confirm',
      body: '<p>Hi</p>',
      direction: 'outbound',
      status: 'delivered',
      from: 'Shop <shop@example.com>',
      to: ['ada@example.com'],
    };
    const scope = highLevel('2021-04-15').get('/conversations/messages/email/e1').reply(200, email);

    const [item] = await run<Item[]>('triggers', 'get_email_message', { id: 'e1' });

    const { id: _id, ...rest } = email;
    expect(item).toMatchObject({ ...rest, emailMessageId: 'e1' });
    expect(String(item?.id)).toMatch(/^e1:/);
    scope.done();
  });

  it('needs the email message id', async () => {
    await expect(run('triggers', 'get_email_message', { id: ' ' })).rejects.toThrow(/Email Message \(id\) is required/);
  });
});
