import { recordingOutputFields, recordingSample } from '../../fields/conversation';
import { messageFileTrigger } from './messageFiles';

/** GET /conversations/messages/{messageId}/locations/{locationId}/recording: the call's audio, as a file. */
export default messageFileTrigger({
  key: 'get_message_recording',
  noun: 'Recording',
  label: 'Get Message Recording',
  description: "Triggers when the recording of a call message becomes available, with the audio as a file (to save to cloud storage or send for transcription, say).",
  kind: 'recording',
  defaultFileName: 'recording.wav',
  sample: recordingSample,
  outputFields: recordingOutputFields,
});
