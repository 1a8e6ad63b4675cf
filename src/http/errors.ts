import { errors } from 'zapier-platform-core';

/** Turns HighLevel's failure answers into errors a person reading the Zap history understands. Pure, so it is tested alone. */

const MAX_MESSAGE_LENGTH = 500;

const clip = (text: string): string =>
  text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;

export const HIDDEN = '[hidden]';
const MIN_SECRET_LENGTH = 8;

/** Shapes of credentials a buggy or hostile server may echo: bearer values, JWTs (HighLevel's tokens), `key=value` pairs. */
const CREDENTIAL_SHAPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(Bearer|Basic)\s+[^\s"',;]+/gi, `$1 ${HIDDEN}`],
  [/\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g, HIDDEN],
  [/\b((?:access|refresh|id)[_-]?token|client[_-]?secret|password|api[_-]?key)(\\?["']?\s*[:=]\s*\\?["']?)(?!\[hidden\])[^\s"'&,;\\}]+/gi, `$1$2${HIDDEN}`],
];

/**
 * Removes credentials from text that came from HighLevel before it reaches an error message (and so Zapier's logs):
 * the given secrets and the app's client secret wherever they appear, and anything shaped like a credential.
 */
export const scrubSecrets = (text: string, secrets: ReadonlyArray<string | undefined> = []): string => {
  let clean = text;
  for (const secret of [...secrets, process.env.CLIENT_SECRET]) {
    if (secret && secret.length >= MIN_SECRET_LENGTH) clean = clean.split(secret).join(HIDDEN);
  }
  for (const [shape, replacement] of CREDENTIAL_SHAPES) clean = clean.replace(shape, replacement);
  return clean;
};

/** The connection's secrets, for `FailedResponse.secrets` (from `bundle.authData`). */
export const secretsOf = (authData: Record<string, unknown> | undefined): string[] =>
  ['access_token', 'refresh_token'].map((key) => authData?.[key]).filter((value): value is string => typeof value === 'string' && value !== '');

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

/** What HighLevel said, in one line (not yet scrubbed or clipped). */
const wordsOf = (content: string | undefined, contentType?: string | null): string | undefined => {
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
    return text.replace(/\s+/g, ' ');
  }
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const record = body as Record<string, unknown>;
    const message = asText(record.message) ?? asText(record.error) ?? asText(record.detail) ?? asText(record.msg);
    const trace = typeof record.traceId === 'string' ? ` (HighLevel trace id ${record.traceId})` : '';
    return message ? message + trace : undefined;
  }
  return asText(body);
};

/**
 * HighLevel answers `{statusCode, message, error?, traceId?}`, `message` a string (400) or an array (422).
 * The words come back without credentials (see scrubSecrets).
 */
export const highLevelMessage = (
  content: string | undefined,
  contentType?: string | null,
  secrets: ReadonlyArray<string | undefined> = [],
): string | undefined => {
  const said = wordsOf(content, contentType);
  return said === undefined ? undefined : clip(scrubSecrets(said, secrets));
};

export interface FailedResponse {
  status: number;
  content?: string;
  contentType?: string | null;
  header: (name: string) => string | null | undefined;
  /** The connection's tokens (`secretsOf(bundle.authData)`): never repeated in the message, even if HighLevel echoes them. */
  secrets?: ReadonlyArray<string | undefined>;
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
  const said = highLevelMessage(response.content, response.contentType, response.secrets);
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

/** The result of `work`, or undefined when HighLevel answered 404 ("not found" is an answer for lookups). */
export const unlessNotFound = async <T>(work: Promise<T>): Promise<T | undefined> => {
  try {
    return await work;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
};

/** True for an error built by errorForResponse for a 404. */
export const isNotFound = (error: unknown): boolean =>
  error instanceof Error && error.name === 'AppError' && /"status":404[,}]/.test(error.message);
