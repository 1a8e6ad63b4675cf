import { highLevel, LOCATION_ID } from '../../helpers';
import { dehydrated, runTrigger } from './fileTester';

type Item = Record<string, unknown>;

describe('download_message_transcription (Download Transcription)', () => {
  it('reads GET /conversations/locations/{locationId}/messages/{messageId}/transcription/download as a text file', async () => {
    const scope = highLevel('2021-04-15')
      .get(`/conversations/locations/${LOCATION_ID}/messages/m1/transcription/download`)
      .reply(200, 'Agent: Hello\nCaller: Hi', { 'Content-Type': 'text/plain', 'Content-Disposition': 'attachment; filename="transcription.txt"' });

    const items = await runTrigger<Item[]>('download_message_transcription', { messageId: 'm1' });

    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: 'm1:transcription-file',
      messageId: 'm1',
      kind: 'transcription-file',
      fileName: 'transcription.txt',
      contentType: 'text/plain',
      text: 'Agent: Hello\nCaller: Hi',
    });
    expect(dehydrated(items[0]?.file)).toMatchObject({ method: 'hydrators.stashMessageFile', bundle: { kind: 'transcription-file', messageId: 'm1' } });
    scope.done();
  });

  it('gives no item while there is no transcription (404) or it is empty', async () => {
    const scope = highLevel('2021-04-15')
      .get(`/conversations/locations/${LOCATION_ID}/messages/m2/transcription/download`)
      .reply(404, { statusCode: 404, message: 'Not Found' })
      .get(`/conversations/locations/${LOCATION_ID}/messages/m3/transcription/download`)
      .reply(200, '', { 'Content-Type': 'text/plain' });
    await expect(runTrigger('download_message_transcription', { messageId: 'm2' })).resolves.toEqual([]);
    await expect(runTrigger('download_message_transcription', { messageId: 'm3' })).resolves.toEqual([]);
    scope.done();
  });
});
