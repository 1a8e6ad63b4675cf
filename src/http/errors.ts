import { errors } from 'zapier-platform-core';

/** Turns HighLevel's failure answers into errors a person reading the Zap history understands. Pure, so it is tested alone. */

const MAX_MESSAGE_LENGTH = 500;

const clip = (text: string): string =>
  text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;

const asText = (value: unknown): string | undefined => {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((part): part is string => Boolean(part));
    return parts.length ? parts.join('; ') : undefined;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return asText(record.message) ?? asText(record.msg);
  }
  return undefined;
};

/** HighLevel answers `{statusCode, message, error?, traceId?}`, `message` a string (400) or an array (422). */
export const highLevelMessage = (content: string | undefined, contentType?: string | null): string | undefined => {
  const text = (content ?? '').trim();
  if (!text) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    if (/html/i.test(contentType ?? '') || /^<(!doctype|html)/i.test(text)) {
      return 'HighLevel answered with a web page instead of data';
    }
    if (/^[[{]/.test(text)) return 'HighLevel answered with an incomplete or malformed response';
    return clip(text.replace(/\s+/g, ' '));
  }
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const record = body as Record<string, unknown>;
    const message = asText(record.message) ?? asText(record.error) ?? asText(record.detail) ?? asText(record.msg);
    const trace = typeof record.traceId === 'string' ? ` (HighLevel trace id ${record.traceId})` : '';
    return message ? clip(message) + trace : undefined;
  }
  return asText(body);
};

export interface FailedResponse {
  status: number;
  content?: string;
  contentType?: string | null;
  header: (name: string) => string | null | undefined;
}

/** Seconds to wait after a 429: Retry-After, else HighLevel's rate-limit window, else 10 s. */
export const throttleDelaySeconds = (header: FailedResponse['header']): number => {
  const retryAfter = Number.parseInt(header('retry-after') ?? '', 10);
  if (Number.isFinite(retryAfter) && retryAfter > 0) return retryAfter;
  const intervalMs = Number.parseInt(header('x-ratelimit-interval-milliseconds') ?? '', 10);
  if (header('x-ratelimit-remaining') === '0' || Number.isFinite(intervalMs)) {
    if (header('x-ratelimit-daily-remaining') === '0') return 3600;
    if (Number.isFinite(intervalMs) && intervalMs > 0) return Math.ceil(intervalMs / 1000);
  }
  return 10;
};

/** The error to throw for a failed HighLevel response (status ≥ 400). */
export const errorForResponse = (response: FailedResponse): Error => {
  const { status } = response;
  const said = highLevelMessage(response.content, response.contentType);
  const quoted = said ? `: ${said}` : '';
  if (status === 429) {
    const delay = throttleDelaySeconds(response.header);
    return new errors.ThrottledError(`HighLevel's rate limit was reached (HTTP 429); Zapier will retry in ${delay} s.`, delay);
  }
  if (status === 401) {
    return new errors.Error(
      `HighLevel did not accept the connection (HTTP 401)${quoted}. Reconnect HighLevel in Zapier if this keeps happening.`,
      'Unauthorized',
      status,
    );
  }
  if (status === 403) {
    return new errors.Error(
      `HighLevel denied access (HTTP 403)${quoted}. The connection lacks a permission (scope) this step needs, or access to this sub-account: reconnect HighLevel and approve every permission the app asks for.`,
      'Forbidden',
      status,
    );
  }
  if (status === 404) {
    return new errors.Error(`HighLevel could not find it (HTTP 404)${quoted}.`, 'NotFound', status);
  }
  if (status >= 500) {
    return new errors.Error(
      `HighLevel failed to answer (HTTP ${status})${quoted}. This is on HighLevel's side and usually temporary: the step can be retried.`,
      'ServerError',
      status,
    );
  }
  return new errors.Error(`HighLevel rejected the request (HTTP ${status})${quoted}.`, status === 422 ? 'InvalidData' : 'BadRequest', status);
};

/** True for an error built by errorForResponse for a 404. */
export const isNotFound = (error: unknown): boolean =>
  error instanceof Error && error.name === 'AppError' && /"status":404[,}]/.test(error.message);
