import { HIDDEN, scrubSecrets } from '../http/errors';
import { apiBaseUrl } from '../http/config';
import { isOAuthPath } from '../http/locationToken';
import type { ApiPath } from '../http/path';
import type { Json } from '../factories/common';
import { invalidInput } from './kit';

/**
 * API Request (Beta): a path the user types, checked so it can only ever name an endpoint on HighLevel's API host.
 * Absolute URLs, scheme-relative `//host`, backslashes, `.`/`..` segments, empty segments, `?`/`#`, `@`, control
 * characters and percent-encoded versions of any of them (decoded as many times as a server might) are refused, and
 * so are HighLevel's OAuth routes (tokens are the connection's business, not a step's).
 */

export const PATH_FORM = 'a path on HighLevel\'s API such as /contacts/{contactId} or /locations/{locationId}/customValues (no host, no "..", no query string)';

/** The placeholder a path may use for the step's sub-account id. */
export const LOCATION_PLACEHOLDER = '{locationId}';

const refuse = (why: string): never => {
  throw invalidInput([`Path (path): ${why}; expected ${PATH_FORM}.`]);
};

/** Every form a server may see after decoding (`%252e` → `%2e` → `.`); a malformed escape is refused. */
const decodings = (path: string): string[] => {
  const forms = [path];
  let current = path;
  for (let round = 0; round < 4 && /%[0-9a-f]{2}/i.test(current); round += 1) {
    try {
      current = decodeURIComponent(current);
    } catch {
      return refuse('it holds a malformed percent-encoding');
    }
    forms.push(current);
  }
  if (/%(?![0-9a-f]{2})/i.test(current)) refuse('it holds a malformed percent-encoding');
  return forms;
};

const checkForm = (form: string): void => {
  if (/^[a-z][a-z0-9+.-]*:/i.test(form) || /^\/\//.test(form)) refuse('a full web address is not allowed, only a path on HighLevel\'s API');
  if (/[\u0000-\u001f\u007f\s]/.test(form)) refuse('spaces and control characters are not allowed');
  if (form.includes('\\')) refuse('backslashes are not allowed');
  if (form.includes('//')) refuse('empty path segments ("//") are not allowed');
  if (/[?#]/.test(form)) refuse('put query parameters in Query, not in the path');
  if (form.includes('@')) refuse('"@" is not allowed in a path');
  if (form.split('/').some((segment) => /^\.{1,2}$/.test(segment))) refuse('"." and ".." segments are not allowed');
  if (isOAuthPath(form.toLowerCase()) || /^\/oauth(\/|$)/i.test(form)) refuse("HighLevel's OAuth routes cannot be called from a step");
};

/** The checked path, with `{locationId}` replaced by the step's sub-account. */
export const checkedApiPath = (raw: string, locationId: () => string): ApiPath => {
  const trimmed = raw.trim();
  if (!trimmed) refuse('it is empty');
  // `evil.example.com/x` is a host typed without its scheme: say so rather than call /evil.example.com/x.
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//') || /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(:\d+)?(\/|$)/i.test(trimmed)) refuse('a full web address is not allowed, only a path on HighLevel\'s API');
  const withSlash = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  const path = withSlash.includes(LOCATION_PLACEHOLDER) ? withSlash.split(LOCATION_PLACEHOLDER).join(encodeURIComponent(locationId())) : withSlash;
  if (/[{}]/.test(path)) refuse(`replace the placeholders (only ${LOCATION_PLACEHOLDER} is filled in for you)`);
  for (const form of decodings(path)) checkForm(form);
  // Belt and braces: the URL the request layer builds must keep the API host and this exact path.
  const base = new URL(apiBaseUrl());
  const built = new URL(`${apiBaseUrl()}${path}`);
  if (built.origin !== base.origin || built.pathname !== `${base.pathname.replace(/\/$/, '')}${path}`) refuse('it would leave HighLevel\'s API');
  return path as ApiPath;
};

/** A JSON body: an object or an array, as typed or mapped. */
export const parseJsonBody = (raw: string): unknown => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalidInput([`Body (body): expected JSON such as {"name": "Spring sale"}, got "${raw.length > 60 ? `${raw.slice(0, 60)}…` : raw}".`]);
  }
  if (parsed === null || typeof parsed !== 'object') throw invalidInput(['Body (body): expected a JSON object or array, such as {"name": "Spring sale"}.']);
  return parsed;
};

const SECRET_KEYS = /^(access[_-]?token|refresh[_-]?token|id[_-]?token|token|client[_-]?secret|secret|password|api[_-]?key|private[_-]?key|authorization)$/i;

/**
 * The answer without credentials: values under credential-like keys hidden, the connection's tokens (and the
 * sub-account token of an agency step) and anything shaped like a credential removed from every text.
 */
export const scrubAnswer = (value: unknown, secrets: ReadonlyArray<string | undefined>): unknown => {
  if (typeof value === 'string') return scrubSecrets(value, secrets);
  if (Array.isArray(value)) return value.map((entry) => scrubAnswer(entry, secrets));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Json).map(([key, entry]) => [key, SECRET_KEYS.test(key) && entry !== null && entry !== '' ? HIDDEN : scrubAnswer(entry, secrets)]),
    );
  }
  return value;
};

/** A create returns one object: an array answer comes back under `items`, anything else under `result`. */
export const wholeAnswer = (answer: unknown): Json =>
  Array.isArray(answer) ? { items: answer } : answer && typeof answer === 'object' ? (answer as Json) : { result: answer ?? null };
