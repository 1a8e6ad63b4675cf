import { errors } from 'zapier-platform-core';

/** Turns HighLevel's failure answers into errors a person reading the Zap history understands. Pure, so it is tested alone. */

const MAX_MESSAGE_LENGTH = 500;

const clip = (text: string): string =>
  text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;

export const HIDDEN = '[hidden]';

/**
 * Core appends "What happened" — the step's whole bundle, inputs such as a password included — to the message of
 * any error but its own AppError and ThrottledError. Our auth errors carry a full sentence and need none of it.
 */
export const withoutContext = <E extends Error>(error: E): E => Object.assign(error, { doNotContextify: true });
const MIN_SECRET_LENGTH = 8;

/**
 * Shapes of credentials a buggy or hostile server may echo: bearer values and `key=value` pairs. Every quantifier that
 * can meet a long run is bounded or ends the match, so each runs in linear time (issue 15.7). JWTs (HighLevel's
 * tokens) are found by hideJwts, without a regex that backtracks.
 */
const CREDENTIAL_SHAPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(Bearer|Basic)\s{1,8}[^\s"',;]+/gi, `$1 ${HIDDEN}`],
  [/\b((?:access|refresh|id)[_-]?token|client[_-]?secret|password|api[_-]?key)(\\?["']?\s{0,8}[:=]\s{0,8}\\?["']?)(?!\[hidden\])[^\s"'&,;\\}]+/gi, `$1$2${HIDDEN}`],
];

/** Runs of the characters a JWT is made of; each run is matched once, whole (no backtracking). */
const TOKEN_RUN = /[\w.-]+/g;
const WORD_CHAR = /\w/;
const JWT_HEADER = 'eyJ';

/**
 * A run with every JWT in it hidden: `eyJ` at a word start, then at least 4 more characters, a dot, at least 4, a dot,
 * and the signature up to the next dot. One pass over the run.
 */
const hideJwts = (run: string): string => {
  let kept = '';
  let copiedUpTo = 0;
  let from = 0;
  while (from < run.length) {
    const start = run.indexOf(JWT_HEADER, from);
    if (start < 0) break;
    if (start > 0 && WORD_CHAR.test(run.charAt(start - 1))) {
      from = start + 1;
      continue;
    }
    const firstDot = run.indexOf('.', start);
    if (firstDot < 0) break;
    const secondDot = run.indexOf('.', firstDot + 1);
    if (firstDot - start >= JWT_HEADER.length + 4 && secondDot >= 0 && secondDot - firstDot - 1 >= 4) {
      const thirdDot = run.indexOf('.', secondDot + 1);
      const end = thirdDot < 0 ? run.length : thirdDot;
      kept += run.slice(copiedUpTo, start) + HIDDEN;
      copiedUpTo = end;
      from = end;
    } else {
      // A later JWT start before this dot has a shorter first part and the same second one: it cannot match either.
      from = firstDot + 1;
    }
  }
  return copiedUpTo === 0 ? run : kept + run.slice(copiedUpTo);
};

/** The most of an answer ever scrubbed: error messages show 500 characters, so the rest is never read (issue 15.7). */
const SCRUB_WINDOW = 4 * 1024;
const TOKEN_CHAR = /[\w.~+/=-]/;

/** The first SCRUB_WINDOW characters, without a credential cut in two at the end (its half would match no shape). */
const clipForScrubbing = (text: string): string => {
  if (text.length <= SCRUB_WINDOW) return text;
  let end = SCRUB_WINDOW;
  while (end > 0 && TOKEN_CHAR.test(text.charAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}…`;
};

/**
 * Removes credentials from text that came from HighLevel before it reaches an error message (and so Zapier's logs):
 * the given secrets and the app's client secret wherever they appear, and anything shaped like a credential.
 * Long text is clipped first, and every step is linear, so a hostile answer cannot make it slow.
 */
export const scrubSecrets = (text: string, secrets: ReadonlyArray<string | undefined> = []): string => {
  let clean = clipForScrubbing(text);
  for (const secret of [...secrets, process.env.CLIENT_SECRET]) {
    if (secret && secret.length >= MIN_SECRET_LENGTH) clean = clean.split(secret).join(HIDDEN);
  }
  clean = clean.replace(TOKEN_RUN, hideJwts);
  for (const [shape, replacement] of CREDENTIAL_SHAPES) clean = clean.replace(shape, replacement);
  return clean;
};

/** The connection's secrets, for `FailedResponse.secrets` (from `bundle.authData`). */
export const secretsOf = (authData: Record<string, unknown> | undefined): string[] =>
  ['access_token', 'refresh_token'].map((key) => authData?.[key]).filter((value): value is string => typeof value === 'string' && value !== '');

/** The token a request carried in its Authorization header (a minted location token is in no authData), if any. */
export const bearerOf = (headers: Record<string, unknown> | undefined): string | undefined => {
  const value = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'authorization')?.[1];
  const token = typeof value === 'string' ? value.replace(/^\s*Bearer\s+/i, '').trim() : '';
  return token || undefined;
};

/** How deep a message is looked for: HighLevel nests it at most twice; a hostile answer could nest it 20,000 times. */
const MAX_MESSAGE_DEPTH = 4;

const asText = (value: unknown, depth = 0): string | undefined => {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (depth >= MAX_MESSAGE_DEPTH) return undefined;
  if (Array.isArray(value)) {
    const parts = value.map((item) => asText(item, depth + 1)).filter((part): part is string => Boolean(part));
    return parts.length ? parts.join('; ') : undefined;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return asText(record.message, depth + 1) ?? asText(record.msg, depth + 1);
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
    // OAuth failures say `{error: "invalid_request", error_description: "…"}`: both words matter.
    const oauthError = [asText(record.error), asText(record.error_description)].filter(Boolean).join(': ') || undefined;
    const message = asText(record.message) ?? oauthError ?? asText(record.detail) ?? asText(record.msg);
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

/**
 * HighLevel's 401s (issue 14.4). Only an expired or invalid access token ("Invalid JWT", "Invalid token…",
 * "token expired", or no reason at all) is renewed; HighLevel also answers 401 for a missing scope ("The token is
 * not authorized for this scope.") and for the wrong kind of token ("This authClass type is not allowed to access
 * this scope…", "Token's user type mismatch!"), which a refresh cannot fix.
 */
const EXPIRED_TOKEN = /invalid jwt|jwt (?:expired|malformed)|invalid (?:access )?token|invalid_token|token (?:is )?(?:expired|invalid)|expired token|^unauthori[sz]ed$/i;
const MISSING_SCOPE = /not authori[sz]ed for this scope/i;
const WRONG_TOKEN_CLASS = /authclass|user type mismatch/i;

/** HighLevel's words as a sentence of ours: ending in exactly one full stop (its own, or ours). */
const asSentence = (said: string): string => (/[.!?]$/.test(said) ? said : `${said}.`);

/** `: <HighLevel's words>.` after the status, or just the full stop when it said nothing. */
const quotedSentence = (said: string | undefined): string => (said ? `: ${asSentence(said)}` : '.');

const unauthorized = (said: string | undefined): Error => {
  const reason = said ? asSentence(said) : '';
  const words = said ?? '';
  if (MISSING_SCOPE.test(words)) {
    return new errors.Error(
      `HighLevel refused this step (HTTP 401): ${reason} The connection lacks a permission (scope) this step needs. Reconnect HighLevel in Zapier and approve every permission the app asks for; if the app is installed for the agency, the agency admin must approve them.`,
      'MissingScope',
      401,
    );
  }
  if (WRONG_TOKEN_CLASS.test(words)) {
    return new errors.Error(
      `HighLevel refused this step (HTTP 401): ${reason} This step needs the other kind of HighLevel connection: agency-only steps need an Agency connection, every other step a sub-account (or an Agency connection with a Sub-account chosen). Choose or add the right connection in this step.`,
      'WrongConnectionType',
      401,
    );
  }
  if (words === '' || EXPIRED_TOKEN.test(words.replace(/ \(HighLevel trace id [^)]*\)$/, ''))) {
    // Zapier renews the token and runs the step again. `zapier-platform invoke` does not renew by itself: it shows this.
    return withoutContext(new errors.RefreshAuthError(
      `HighLevel's access token expired or is no longer valid (HTTP 401${said ? `: ${said}` : ''}). Zapier renews it and retries; when testing locally, run \`zapier-platform invoke auth refresh\` and try again.`,
    ));
  }
  return new errors.Error(
    `HighLevel did not accept the connection for this step (HTTP 401)${quotedSentence(said)} Reconnect HighLevel in Zapier if this keeps happening.`,
    'Unauthorized',
    401,
  );
};

/** The advice for a write whose answer cannot be read. */
export const UNKNOWN_RESULT = 'The result is unknown: check in HighLevel whether the change was made before running this step again.';

/** The error to throw for a failed HighLevel response (status ≥ 400). */
export const errorForResponse = (response: FailedResponse): Error => {
  const { status } = response;
  const said = highLevelMessage(response.content, response.contentType, response.secrets);
  const quoted = quotedSentence(said);
  if (status === 429) {
    const delay = throttleDelaySeconds(response.header);
    return new errors.ThrottledError(`HighLevel's rate limit was reached (HTTP 429); Zapier will retry in ${delay} s.`, delay);
  }
  if (status === 401) return unauthorized(said);
  if (status === 403) {
    return new errors.Error(
      `HighLevel denied access (HTTP 403)${quoted} The connection lacks a permission (scope) this step needs, or access to this sub-account: reconnect HighLevel and approve every permission the app asks for.`,
      'Forbidden',
      status,
    );
  }
  if (status === 404) {
    return new errors.Error(`HighLevel could not find it (HTTP 404)${quoted}`, 'NotFound', status);
  }
  if (status >= 500) {
    return new errors.Error(
      `HighLevel failed to answer (HTTP ${status})${quoted} This is on HighLevel's side and usually temporary: the step can be retried.`,
      'ServerError',
      status,
    );
  }
  return new errors.Error(`HighLevel rejected the request (HTTP ${status})${quoted}`, status === 422 ? 'InvalidData' : 'BadRequest', status);
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
