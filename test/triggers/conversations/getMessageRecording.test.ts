import nock from 'nock';
import { conversationHydrators, fileNameOf, messageFilePath } from '../../../src/triggers/conversations/messageFiles';
import { authData, highLevel, LOCATION_ID } from '../../helpers';
import { dehydrated, fileAppTester, runTrigger } from './fileTester';

type Item = Record<string, unknown>;
const AUDIO = Buffer.from('RIFF....WAVEfmt fake audio');

describe('get_message_recording (Get Message Recording)', () => {
  it('checks GET /conversations/messages/{messageId}/locations/{locationId}/recording and gives the audio as a file, once', async () => {
    const scope = highLevel('2021-04-15')
      .get(`/conversations/messages/m1/locations/${LOCATION_ID}/recording`)
      .reply(200, AUDIO, { 'Content-Type': 'audio/x-wav', 'Content-Disposition': 'attachment; filename=audio.wav' });

    const items = await runTrigger<Item[]>('get_message_recording', { messageId: 'm1' });

    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({ id: 'm1:recording', messageId: 'm1', locationId: LOCATION_ID, kind: 'recording', fileName: 'audio.wav', contentType: 'audio/x-wav' });
    expect(dehydrated(item?.file)).toEqual({ type: 'file', method: 'hydrators.stashMessageFile', bundle: { kind: 'recording', messageId: 'm1' } });
    scope.done();
  });

  it('gives no item while the message has no recording (404)', async () => {
    const scope = highLevel('2021-04-15')
      .get(`/conversations/messages/m2/locations/${LOCATION_ID}/recording`)
      .reply(404, { statusCode: 404, message: 'Recording not found' });
    await expect(runTrigger('get_message_recording', { messageId: 'm2' })).resolves.toEqual([]);
    scope.done();
  });

  it('shows other failures (403) as errors', async () => {
    const scope = highLevel('2021-04-15')
      .get(`/conversations/messages/m3/locations/${LOCATION_ID}/recording`)
      .reply(403, { statusCode: 403, message: 'The token does not have access to this location' });
    await expect(runTrigger('get_message_recording', { messageId: 'm3' })).rejects.toThrow(/HTTP 403/);
    scope.done();
  });

  it('needs the message id, before any request', async () => {
    await expect(runTrigger('get_message_recording', {})).rejects.toThrow(/Message \(messageId\) is required/);
  });
});

describe('stashMessageFile (hydrator of the recording and transcription files)', () => {
  const deployKey = process.env.ZAPIER_DEPLOY_KEY;
  beforeEach(() => {
    process.env.ZAPIER_DEPLOY_KEY = 'test-deploy-key';
  });
  afterEach(() => {
    if (deployKey === undefined) delete process.env.ZAPIER_DEPLOY_KEY;
    else process.env.ZAPIER_DEPLOY_KEY = deployKey;
  });

  it('streams the recording with the connection (bearer + Version) into z.stashFile and returns the stashed URL', async () => {
    const api = highLevel('2021-04-15')
      .get(`/conversations/messages/m1/locations/${LOCATION_ID}/recording`)
      .reply(200, AUDIO, { 'Content-Type': 'audio/x-wav', 'Content-Disposition': 'attachment; filename=audio.wav' });
    // Zapier's RPC hands out a presigned upload, then the file goes to storage.
    const rpc = nock('https://rpc.zapier.com')
      .post('/cli')
      .reply(200, (_uri, body) => ({
        id: (typeof body === 'string' ? (JSON.parse(body) as { id: string }) : (body as { id: string })).id,
        result: { url: 'https://stash.example.test/', fields: { key: 'stash/abc/audio.wav' } },
      }));
    let uploaded = '';
    const storage = nock('https://stash.example.test')
      .post('/', (body: unknown) => {
        uploaded = String(body);
        return true;
      })
      .reply(204);

    const url = await fileAppTester(conversationHydrators.stashMessageFile as never, { authData, inputData: { kind: 'recording', messageId: 'm1' } } as never);

    expect(url).toBe('https://stash.example.test/stash/abc/audio.wav');
    expect(uploaded).toContain('RIFF....WAVEfmt fake audio');
    expect(uploaded).toContain('audio/x-wav');
    api.done();
    rpc.done();
    storage.done();
  });

  it('refuses an incomplete file reference without calling HighLevel', async () => {
    await expect(
      fileAppTester(conversationHydrators.stashMessageFile as never, { authData, inputData: { kind: 'anything', messageId: 'm1' } } as never),
    ).rejects.toThrow(/kind and message id are needed/);
  });
});

describe('message file helpers', () => {
  it('orders the path segments as each endpoint wants', () => {
    expect(messageFilePath('recording', 'm1', 'loc1')).toBe('/conversations/messages/m1/locations/loc1/recording');
    expect(messageFilePath('transcription-file', 'm1', 'loc1')).toBe('/conversations/locations/loc1/messages/m1/transcription/download');
  });

  it('reads the file name of a Content-Disposition header', () => {
    expect(fileNameOf('Attachment; filename=audio.wav')).toBe('audio.wav');
    expect(fileNameOf('attachment; filename="transcription.txt"')).toBe('transcription.txt');
    expect(fileNameOf("attachment; filename*=UTF-8''call%20one.wav")).toBe('call one.wav');
    expect(fileNameOf(null)).toBeUndefined();
  });
});
