import type { Bundle, OutputFields, Trigger, ZObject } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';
import { chosenSubAccount, connectionOf, SUB_ACCOUNT_KEY } from '../../connection';
import type { Json } from '../../factories/common';
import { display } from '../../factories/common';
import { callMessageInputs } from '../../fields/conversation';
import { apiBaseUrl } from '../../http/config';
import { authorizationFor } from '../../http/locationToken';
import { unlessNotFound } from '../../http/errors';
import type { ApiPath } from '../../http/path';
import { apiPath } from '../../http/path';

/**
 * The two message files HighLevel serves: a call recording (audio/x-wav) and a transcription download (text/plain).
 * Their paths order messageId and locationId differently. A trigger cannot stash a file (zapier-platform-core
 * allows z.stashFile only in creates and hydrators), so the triggers return `z.dehydrateFile(stashMessageFile, …)`
 * and Zapier calls the hydrator, which streams the file into z.stashFile, when a later step uses the file.
 * `stashMessageFile` must be registered in the app's `hydrators` (see `conversationHydrators`).
 */

export type MessageFileKind = 'recording' | 'transcription-file';
const KINDS: readonly MessageFileKind[] = ['recording', 'transcription-file'];

export const messageFilePath = (kind: MessageFileKind, message: string, locationId: string): ApiPath =>
  kind === 'recording'
    ? apiPath`/conversations/messages/${message}/locations/${locationId}/recording`
    : apiPath`/conversations/locations/${locationId}/messages/${message}/transcription/download`;

/** A streamed GET through the app's middleware (bearer, Version 2021-04-15, errors mapped by status). */
const requestFile = async (z: ZObject, bundle: Bundle, kind: MessageFileKind, message: string) => {
  const path = messageFilePath(kind, message, connectionOf(bundle).locationId);
  return z.request({
    url: `${apiBaseUrl()}${path}`,
    method: 'GET',
    raw: true,
    headers: { ...(await authorizationFor(z, bundle, path)), Accept: kind === 'recording' ? 'audio/*, */*' : 'text/plain, */*' },
  });
};

/** Hydrator: downloads the file of `{kind, messageId}` (inputData) with the user's connection and stashes it. */
export const stashMessageFile = async (z: ZObject, bundle: Bundle): Promise<string> => {
  const data = (bundle.inputData ?? {}) as { kind?: unknown; messageId?: unknown };
  const kind = KINDS.find((known) => known === data.kind);
  if (!kind || typeof data.messageId !== 'string' || !data.messageId) {
    throw new errors.Error('This HighLevel file reference is incomplete (kind and message id are needed).', 'InvalidFileReference', 400);
  }
  return z.stashFile(requestFile(z, bundle, kind, data.messageId));
};

const subAccountOf = (bundle: Bundle) => {
  const chosen = chosenSubAccount(bundle);
  return chosen ? { [SUB_ACCOUNT_KEY]: chosen } : {};
};

/** What index.ts should spread into the app's `hydrators`. */
export const conversationHydrators = { stashMessageFile };

/** `attachment; filename="transcription.txt"` → `transcription.txt`. */
export const fileNameOf = (disposition: string | null | undefined): string | undefined => {
  if (!disposition) return undefined;
  const encoded = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition);
  const name = (plain?.[2] ?? plain?.[1] ?? '').trim();
  return name || undefined;
};

/**
 * The most text a trigger reads into its output: 1 MB, several hours of call transcript. A larger file is refused
 * before it is read (Content-Length) or as soon as it passes the cap while streaming, never held whole in memory
 * (issue 15.11: a 50 MB file took about 400 MB). The file itself still reaches later steps through the hydrator.
 */
export const MAX_TEXT_BYTES = 1024 * 1024;

type FileBody = { body?: AsyncIterable<Buffer | string> & { destroy?: () => void }; headers: { get(name: string): string | null } };

const tooLarge = (noun: string, messageId: string) =>
  new errors.Error(
    `The ${noun.toLowerCase()} of message ${messageId} is larger than ${MAX_TEXT_BYTES / (1024 * 1024)} MB, more than this trigger reads as text. Use its File field in a later step instead.`,
    'FileTooLarge',
    413,
  );

/** The body as UTF-8 text, read chunk by chunk and given up past MAX_TEXT_BYTES. */
export const readCappedText = async (response: FileBody, noun: string, messageId: string): Promise<string> => {
  const declared = Number.parseInt(response.headers.get('content-length') ?? '', 10);
  if (Number.isFinite(declared) && declared > MAX_TEXT_BYTES) {
    response.body?.destroy?.();
    throw tooLarge(noun, messageId);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_TEXT_BYTES) {
      response.body?.destroy?.();
      throw tooLarge(noun, messageId);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
};

interface MessageFileTriggerSpec {
  key: string;
  noun: string;
  label: string;
  description: string;
  kind: MessageFileKind;
  defaultFileName: string;
  /** Also return the file's text (small text files only). */
  withText?: boolean;
  sample: Json;
  outputFields: OutputFields;
}

/**
 * A watch trigger on one message file: a 404 means "not there yet" (no item); once the file exists it gives one
 * item whose `id` is the message id plus the kind, so it fires once, with the file as a dehydrated file field.
 */
export const messageFileTrigger = (spec: MessageFileTriggerSpec): Trigger => ({
  key: spec.key,
  noun: spec.noun,
  display: display(spec),
  operation: {
    type: 'polling',
    inputFields: callMessageInputs.fields,
    perform: async (z: ZObject, bundle: Bundle) => {
      const input = callMessageInputs.parse((bundle.inputData ?? {}) as Json);
      const response = await unlessNotFound(requestFile(z, bundle, spec.kind, input.messageId));
      if (!response) return [];
      if (response.headers.get('content-length') === '0') return [];
      // A web page or a JSON document is not the file (a proxy's page, an error sent with 200).
      const contentType = response.headers.get('content-type') ?? '';
      if (/html|json/i.test(contentType)) {
        (response.body as { destroy?: () => void } | undefined)?.destroy?.();
        throw new errors.Error(
          `HighLevel answered with ${/html/i.test(contentType) ? 'a web page' : 'data'} instead of the ${spec.noun.toLowerCase()} file of message ${input.messageId}. Try again later.`,
          'InvalidResponse',
          response.status,
        );
      }
      let text: string | undefined;
      if (spec.withText) {
        text = await readCappedText(response as unknown as FileBody, spec.noun, input.messageId);
        if (!text.trim()) return [];
      } else {
        (response.body as { destroy?: () => void } | undefined)?.destroy?.(); // only the headers matter here
      }
      return [
        {
          id: `${input.messageId}:${spec.kind}`,
          messageId: input.messageId,
          locationId: connectionOf(bundle).locationId,
          kind: spec.kind,
          // An agency connection's hydrator needs the step's sub-account to mint its token again.
          file: z.dehydrateFile(stashMessageFile, { kind: spec.kind, messageId: input.messageId, ...subAccountOf(bundle) }),
          fileName: fileNameOf(response.headers.get('content-disposition')) ?? spec.defaultFileName,
          contentType: response.headers.get('content-type') ?? undefined,
          ...(text !== undefined ? { text } : {}),
        },
      ];
    },
    sample: spec.sample,
    outputFields: spec.outputFields,
  },
});
