import { transcriptSentences } from '../../../src/fields/conversation';
import { highLevel, LOCATION_ID, run } from '../../helpers';

type Item = Record<string, unknown>;

const first = { mediaChannel: 1, sentenceIndex: 1, startTime: 34, endTime: 45, transcript: 'This call may be recorded.', confidence: 0.9 };
const second = { mediaChannel: 2, sentenceIndex: 2, startTime: 46, endTime: 52, transcript: 'Sure.', confidence: 0.8 };

describe('get_message_transcription (Get Message Transcription)', () => {
  it('reads GET /conversations/locations/{locationId}/messages/{messageId}/transcription into one item with the text', async () => {
    const scope = highLevel('2021-04-15')
      .get(`/conversations/locations/${LOCATION_ID}/messages/m1/transcription`)
      .reply(200, [second, first]);

    const items = await run<Item[]>('triggers', 'get_message_transcription', { messageId: 'm1' });

    expect(items).toEqual([
      {
        id: 'm1:transcription',
        messageId: 'm1',
        locationId: LOCATION_ID,
        kind: 'transcription',
        transcript: 'This call may be recorded.\nSure.',
        sentenceCount: 2,
        sentences: [first, second],
      },
    ]);
    scope.done();
  });

  it('gives no item while there is no transcription (404)', async () => {
    const scope = highLevel('2021-04-15')
      .get(`/conversations/locations/${LOCATION_ID}/messages/m2/transcription`)
      .reply(404, { statusCode: 404, message: 'Not Found' });
    await expect(run('triggers', 'get_message_transcription', { messageId: 'm2' })).resolves.toEqual([]);
    scope.done();
  });

  it('reads the documented single sentence, a wrapped list, and nothing', () => {
    expect(transcriptSentences(first)).toEqual([first]);
    expect(transcriptSentences({ transcription: [second, first] })).toEqual([first, second]);
    expect(transcriptSentences({})).toEqual([]);
    expect(transcriptSentences('text')).toEqual([]);
  });
});
