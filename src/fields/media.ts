import { randomBytes } from 'node:crypto';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';
import { invalidInput } from './kit';
import { apiBaseUrl, apiPathOf } from '../http/config';
import { authorizationFor } from '../http/locationToken';
import { apiPath } from '../http/path';

/**
 * The media library upload (POST /medias/upload-file, multipart/form-data: `file` | `hosted` + `fileUrl`, `name`).
 * HighLevel's documented limit for an uploaded file is 25 MB (the operation's description in apps/medias.json:
 * "If adding a file, maximum allowed is 25 MB").
 */

export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = '25 MB';
export const UPLOAD_PATH = apiPath`/medias/upload-file`;

export interface FileToUpload {
  content: Buffer;
  filename: string;
  contentType: string;
}

/** A file too large for HighLevel, refused before it is uploaded (and, when the size is announced, before it is downloaded). */
export const tooLarge = (bytes: number): Error =>
  invalidInput([`File (file): HighLevel's media library takes files up to ${MAX_UPLOAD_LABEL}; this one is ${(bytes / 1024 / 1024).toFixed(1)} MB.`]);

/** Zapier hands a file input over as a URL (its own stash, or whatever the user mapped); some steps give `{url}`. */
export const fileUrlOf = (value: unknown): string | undefined => {
  const candidate = typeof value === 'string' ? value : value && typeof value === 'object' ? (value as { url?: unknown }).url : undefined;
  return typeof candidate === 'string' && candidate.trim() ? candidate.trim() : undefined;
};

const filenameOf = (url: string, disposition: string | null): string => {
  const fromHeader = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '')?.[1];
  if (fromHeader) return decodeURIComponent(fromHeader).replace(/[\\/]/g, '_');
  const last = new URL(url).pathname.split('/').filter(Boolean).pop();
  return last ? decodeURIComponent(last).replace(/[\\/]/g, '_') : 'file';
};

/**
 * Downloads the file a Zapier file input points at. Only http(s), and never HighLevel's API host: the request layer
 * adds the connection's token there, so such a URL would turn an upload into a copy of API data.
 */
export const downloadFile = async (z: ZObject, url: string): Promise<FileToUpload> => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalidInput([`File (file): expected a file or a web address starting with https://, got "${url.slice(0, 60)}".`]);
  }
  if (!/^https?:$/.test(parsed.protocol)) throw invalidInput(['File (file): expected a file or a web address starting with http:// or https://.']);
  if (apiPathOf(parsed.href) !== undefined || parsed.host === new URL(apiBaseUrl()).host) {
    throw invalidInput(["File (file): a file on HighLevel's API host cannot be uploaded; map the file itself or its public URL."]);
  }
  const response = await z.request({ url: parsed.href, method: 'GET', raw: true, skipThrowForStatus: true });
  if (response.status >= 400) {
    throw new errors.Error(`The file could not be downloaded (HTTP ${response.status}). Check that the file URL is public and still valid.`, 'FileDownloadFailed', response.status);
  }
  const announced = Number(response.headers.get('content-length'));
  if (Number.isFinite(announced) && announced > MAX_UPLOAD_BYTES) throw tooLarge(announced);
  const content = Buffer.from(await (response as unknown as { buffer(): Promise<Buffer> }).buffer());
  if (content.length > MAX_UPLOAD_BYTES) throw tooLarge(content.length);
  return {
    content,
    filename: filenameOf(parsed.href, response.headers.get('content-disposition')),
    contentType: response.headers.get('content-type')?.split(';')[0]?.trim() || 'application/octet-stream',
  };
};

type Part = { name: string; value: string } | { name: string; file: FileToUpload };

const quoted = (value: string) => value.replace(/["\r\n\\]/g, '_');

/** multipart/form-data built by hand: a Buffer body z.request sends as is. */
export const multipart = (parts: Part[]): { body: Buffer; contentType: string } => {
  const boundary = `----zapier-highlevel-${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if ('file' in part) {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${quoted(part.file.filename)}"\r\nContent-Type: ${part.file.contentType}\r\n\r\n`,
        ),
        part.file.content,
        Buffer.from('\r\n'),
      );
    } else {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`));
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
};

/**
 * Sends the upload. The request layer's `callApi` speaks JSON and forms only, so this uses its parts: HighLevel's
 * base URL, the sub-account's token for agency connections (`authorizationFor`), and the app's middleware (bearer
 * token, Version header, error mapping).
 */
export const uploadToMediaLibrary = async (z: ZObject, bundle: Bundle, parts: Part[]): Promise<unknown> => {
  const { body, contentType } = multipart(parts);
  const response = await z.request({
    url: `${apiBaseUrl()}${UPLOAD_PATH}`,
    method: 'POST',
    headers: { ...(await authorizationFor(z, bundle, UPLOAD_PATH)), 'Content-Type': contentType },
    body,
  });
  if (response.data === undefined) {
    throw new errors.Error('HighLevel answered the upload with something that is not JSON. Try again later.', 'InvalidResponse', response.status);
  }
  return response.data;
};
