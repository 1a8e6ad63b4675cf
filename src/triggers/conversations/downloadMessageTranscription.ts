import { transcriptionFileOutputFields, transcriptionFileSample } from '../../fields/conversation';
import { messageFileTrigger } from './messageFiles';

/** GET /conversations/locations/{locationId}/messages/{messageId}/transcription/download: a text file. */
export default messageFileTrigger({
  key: 'download_message_transcription',
  noun: 'Transcription',
  label: 'Download Transcription',
  description: 'Triggers when the transcription of a call message becomes available, with it as a text file (and its text).',
  kind: 'transcription-file',
  defaultFileName: 'transcription.txt',
  withText: true,
  sample: transcriptionFileSample,
  outputFields: transcriptionFileOutputFields,
});
