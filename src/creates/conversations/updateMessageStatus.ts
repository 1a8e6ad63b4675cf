import type { Bundle, Create, ZObject } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';
import { createAction } from '../../factories/actions';
import type { Json } from '../../factories/common';
import { messageId } from '../../fields/conversation';
import { choice, email, id, inputs, invalidInput, list, string } from '../../fields/kit';
import { apiPath } from '../../http/path';

const PROVIDER_ONLY =
  'HighLevel only accepts message status updates from the conversation-provider marketplace app that delivers the message (a custom SMS/email provider), not from other connections';

const definitions = {
  messageId: messageId({ helpText: 'The message whose delivery status your provider reports: map its ID from an earlier step.', required: true }),
  status: choice({
    label: 'Status',
    helpText: 'The delivery status reported by your conversation provider.',
    values: { delivered: 'Delivered', failed: 'Failed', pending: 'Pending', read: 'Read' },
    required: true,
  }),
  errorCode: string({ label: 'Error Code', helpText: 'For Failed: the provider error code (e.g. 30003). Give Error Code, Error Type and Error Message together.' }),
  errorType: string({ label: 'Error Type', helpText: 'For Failed: the provider error type (e.g. saas).' }),
  errorMessage: string({ label: 'Error Message', helpText: 'For Failed: the provider error message shown in HighLevel.' }),
  emailMessageId: id({ label: 'Email Message', helpText: 'Email only: the email message the status is about, its ID mapped from an earlier step.' }),
  recipients: list(email({ label: 'Recipient' }), { label: 'Recipients', helpText: 'Email only: the additional recipients this status applies to. One per item.' }),
};
const fields = inputs(definitions);
const ERROR_KEYS = ['errorCode', 'errorType', 'errorMessage'] as const;

/** The JSON an AppError carries: `{message, code, status}`. */
const appErrorOf = (error: unknown): { message?: string; code?: string; status?: number } | undefined => {
  if (!(error instanceof Error) || error.name !== 'AppError') return undefined;
  try {
    return JSON.parse(error.message) as { message?: string; code?: string; status?: number };
  } catch {
    return undefined;
  }
};

/** HighLevel's 400/401/403 answers get the reason most users hit: only a provider app may set message statuses. */
export const explainRefusal = (error: unknown): unknown => {
  const details = appErrorOf(error);
  if (!details || !['Forbidden', 'BadRequest', 'Unauthorized'].includes(details.code ?? '')) return error;
  return new errors.Error(`${details.message ?? 'HighLevel refused the status update.'} ${PROVIDER_ONLY}.`, details.code, details.status);
};

/** PUT /conversations/messages/{messageId}/status with the status (and the provider's error for failures). */
const action = createAction({
  key: 'update_message_status',
  noun: 'Message Status',
  label: 'Update Message Status',
  description: 'Updates the delivery status (delivered, failed, pending, read) of a message sent through your own conversation provider app (a custom SMS/email provider).',
  inputs: fields,
  request: (input) => {
    const given = ERROR_KEYS.filter((key) => input[key] !== undefined);
    if (given.length && given.length < ERROR_KEYS.length) {
      throw invalidInput([
        `A provider error needs ${ERROR_KEYS.map((key) => `${definitions[key].field.label} (${key})`).join(', ')} together; missing: ${ERROR_KEYS.filter((key) => input[key] === undefined).join(', ')}.`,
      ]);
    }
    return {
      method: 'PUT',
      path: apiPath`/conversations/messages/${input.messageId}/status`,
      body: {
        status: input.status,
        ...(given.length ? { error: { code: input.errorCode, type: input.errorType, message: input.errorMessage } } : {}),
        ...(input.emailMessageId ? { emailMessageId: input.emailMessageId } : {}),
        ...(input.recipients?.length ? { recipients: input.recipients } : {}),
      },
    };
  },
  result: (response, input) => ({ id: input.messageId, messageId: input.messageId, ...((response && typeof response === 'object' ? response : {}) as Json), status: (response as Json | undefined)?.status ?? input.status }),
  notFoundMessage: (input) => `HighLevel found no message ${input.messageId}: check the message ID.`,
  sample: { id: 't22c6DQcTDf3MjRhwf77', messageId: 't22c6DQcTDf3MjRhwf77', conversationId: 'ABC12h2F6uBrIkfXYazb', status: 'delivered' },
  outputFields: [
    { key: 'messageId', label: 'Message ID' },
    { key: 'conversationId', label: 'Conversation ID' },
    { key: 'emailMessageId', label: 'Email Message ID' },
    { key: 'status', label: 'Status' },
  ],
});

type Perform = (z: ZObject, bundle: Bundle) => Promise<unknown>;
const perform = action.operation.perform as Perform;

export default {
  ...action,
  operation: {
    ...action.operation,
    perform: async (z: ZObject, bundle: Bundle) => {
      try {
        return await perform(z, bundle);
      } catch (error) {
        throw explainRefusal(error);
      }
    },
  },
} satisfies Create;
