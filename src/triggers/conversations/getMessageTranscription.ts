import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';
import type { Json } from '../../factories/common';
import { contextOf, display } from '../../factories/common';
import { callMessageInputs, transcriptionOutputFields, transcriptionSample, transcriptSentences } from '../../fields/conversation';
import { callApi } from '../../http/client';
import { unlessNotFound } from '../../http/errors';
import { apiPath } from '../../http/path';

const spec = {
  key: 'get_message_transcription',
  noun: 'Transcription',
  label: 'Get Message Transcription',
  description: 'Triggers when the transcription of a call message becomes available, with the full text and each sentence (speaker channel, times, confidence).',
};

/**
 * GET /conversations/locations/{locationId}/messages/{messageId}/transcription. The spec documents one sentence;
 * live answers may be a list of sentences: both become one item with the sentences and the joined text.
 * 404 or no sentence yet → no item; `id` = message id + kind, so it fires once.
 */
export default {
  key: spec.key,
  noun: spec.noun,
  display: display(spec),
  operation: {
    type: 'polling',
    inputFields: callMessageInputs.fields,
    perform: async (z: ZObject, bundle: Bundle) => {
      const input = callMessageInputs.parse((bundle.inputData ?? {}) as Json);
      const { connection } = contextOf(z, bundle);
      const response = await unlessNotFound(
        callApi(z, bundle, {
          method: 'GET',
          path: apiPath`/conversations/locations/${connection.locationId}/messages/${input.messageId}/transcription`,
        }),
      );
      if (response === undefined) return [];
      const sentences = transcriptSentences(response);
      if (!sentences.length) return [];
      return [
        {
          id: `${input.messageId}:transcription`,
          messageId: input.messageId,
          locationId: connection.locationId,
          kind: 'transcription',
          transcript: sentences.map((sentence) => sentence.transcript ?? '').filter(Boolean).join('\n'),
          sentenceCount: sentences.length,
          sentences,
        },
      ];
    },
    sample: transcriptionSample,
    outputFields: transcriptionOutputFields,
  },
} satisfies Trigger;
