import { recordingOutputFields, recordingSample } from '../../fields/conversation';
import { messageFileTrigger } from './messageFiles';

/** GET /conversations/messages/{messageId}/locations/{locationId}/recording: the call's audio, as a file. */
export default messageFileTrigger({
  key: 'get_message_recording',
  noun: 'Recording',
  label: 'Get Message Recording',
  description: "Triggers when the recording of a call message becomes available, with the audio as a file (for example to save it to cloud storage or send it for transcription).",
  kind: 'recording',
  defaultFileName: 'recording.wav',
  sample: recordingSample,
  outputFields: recordingOutputFields,
});
