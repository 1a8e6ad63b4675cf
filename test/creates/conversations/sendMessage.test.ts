import { channelProblems } from '../../../src/creates/conversations/sendMessage';
import { highLevel, run } from '../../helpers';

const sent = { conversationId: 'cv1', messageId: 'm1', msg: 'Message queued successfully.', status: 'pending' };

describe('send_message (Send Message)', () => {
  it('posts an SMS with the mapped fields plus the subType and status the spec requires, and returns the message', async () => {
    const scope = highLevel('2021-04-15')
      .post('/conversations/messages', { type: 'SMS', subType: 'SMS', status: 'pending', contactId: 'c1', message: 'Hi Ada', fromNumber: '+15551234567' })
      .reply(200, sent);

    const result = await run('creates', 'send_message', {
      type: 'SMS',
      contactId: 'c1',
      message: 'Hi Ada',
      fromNumber: '+1 (555) 123-4567',
      subject: '',
      html: '',
      emailCc: [],
      scheduledTimestamp: '',
    });

    expect(result).toEqual({ id: 'm1', ...sent });
    scope.done();
  });

  it('posts an Email with subject, html, lists, attachments and a schedule in epoch seconds', async () => {
    const scope = highLevel('2021-04-15')
      .post('/conversations/messages', {
        type: 'Email',
        subType: 'Email',
        status: 'pending',
        contactId: 'c1',
        subject: 'Your order',
        html: '<p>Thanks!</p>',
        emailFrom: 'shop@example.com',
        emailCc: ['a@example.com', 'b@example.com'],
        emailBcc: ['c@example.com'],
        attachments: ['https://example.com/invoice.pdf'],
        scheduledTimestamp: 1769887800,
      })
      .reply(200, { ...sent, emailMessageId: 'e1' });

    const result = await run('creates', 'send_message', {
      type: 'Email',
      contactId: 'c1',
      subject: 'Your order',
      html: '<p>Thanks!</p>',
      emailFrom: 'shop@example.com',
      emailCc: 'a@example.com, b@example.com',
      emailBcc: ['c@example.com'],
      attachments: ['https://example.com/invoice.pdf'],
      scheduledTimestamp: '2026-01-31T14:30:00-05:00',
    });

    expect(result).toMatchObject({ id: 'm1', emailMessageId: 'e1', conversationId: 'cv1' });
    scope.done();
  });

  it('refuses combinations the channel cannot send, naming the fields, before any request', async () => {
    await expect(run('creates', 'send_message', { type: 'Email', contactId: 'c1', message: 'Hi' })).rejects.toThrow(/Email needs Subject \(subject\)/);
    await expect(run('creates', 'send_message', { type: 'Email', contactId: 'c1', subject: 'Hi' })).rejects.toThrow(
      /Email needs Message \(message\) or HTML Body \(html\)/,
    );
    await expect(run('creates', 'send_message', { type: 'SMS', contactId: 'c1' })).rejects.toThrow(/SMS needs Message \(message\)/);
    await expect(run('creates', 'send_message', { type: 'SMS', contactId: 'c1', message: 'Hi', html: '<p>Hi</p>' })).rejects.toThrow(
      /HTML Body \(html\) only apply to Email, not to SMS/,
    );
  });

  it('refuses bad values and a missing contact, before any request', async () => {
    await expect(run('creates', 'send_message', { type: 'Fax', message: 'Hi' })).rejects.toThrow(/Channel \(type\): expected one of: SMS, Email/);
    await expect(run('creates', 'send_message', { type: 'SMS', message: 'Hi' })).rejects.toThrow(/Contact \(contactId\) is required/);
    await expect(run('creates', 'send_message', { type: 'Email', contactId: 'c1', subject: 'S', message: 'M', emailCc: 'a@example.com, nope' })).rejects.toThrow(
      /CC \(emailCc\) \(item 2\): expected an email address/,
    );
    await expect(run('creates', 'send_message', { type: 'SMS', contactId: 'c1', message: 'M', scheduledTimestamp: 'tomorrow-ish' })).rejects.toThrow(
      /Send At \(scheduledTimestamp\): expected a date and time/,
    );
  });
});

describe('channelProblems', () => {
  it('accepts what each channel can send', () => {
    expect(channelProblems({ type: 'Email', contactId: 'c1', subject: 'S', message: 'plain text' })).toEqual([]);
    expect(channelProblems({ type: 'Email', contactId: 'c1', templateId: 't1' })).toEqual([]);
    expect(channelProblems({ type: 'WhatsApp', contactId: 'c1', attachments: ['https://example.com/a.jpg'] })).toEqual([]);
    expect(channelProblems({ type: 'Custom', contactId: 'c1', message: 'Hi', conversationProviderId: 'p1', toNumber: '+15551234567' })).toEqual([]);
  });

  it('names what does not fit', () => {
    expect(channelProblems({ type: 'Email', contactId: 'c1', subject: 'S', html: '<p>x</p>', fromNumber: '+15551234567' })).toEqual([
      'From Number (fromNumber) only apply to SMS, RCS, WhatsApp and custom providers, not to Email.',
    ]);
    expect(channelProblems({ type: 'Custom', contactId: 'c1', message: 'Hi' })).toEqual([
      'The Custom channel needs Conversation Provider (conversationProviderId).',
    ]);
    expect(channelProblems({ type: 'FB', contactId: 'c1', subject: 'S', emailCc: ['a@example.com'] })).toEqual([
      'Subject (subject), CC (emailCc) only apply to Email, not to Facebook Messenger: clear them or choose the Email channel.',
      'Facebook Messenger needs Message (message) (or Attachments (attachments) or Template (templateId)).',
    ]);
  });
});
