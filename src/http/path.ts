import { errors } from 'zapier-platform-core';

/**
 * Paths built only from literal text and encoded ids, so no input can change which endpoint is called:
 * each interpolated value becomes exactly one path segment ("a/../b" is sent as "a%2F..%2Fb"), and "." or ".." is refused.
 */

declare const apiPathBrand: unique symbol;
export type ApiPath = string & { readonly [apiPathBrand]: true };

/** A value that cannot be one path segment; Zapier shows it as invalid input. */
export class PathSegmentError extends errors.Error {
  constructor(problem: string) {
    super(`Invalid input. ${problem}`, 'InvalidInput', 400);
  }
}

/**
 * One id as one path segment. "." and ".." are refused: URL parsers resolve them (and their %2E forms) as
 * "here" and "up one level", so they would change the endpoint.
 */
export const encodeSegment = (value: unknown): string => {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (text === '') throw new PathSegmentError('An id is empty.');
  if (/^(\.|%2e){1,2}$/i.test(text)) throw new PathSegmentError(`The id ${text} is not allowed: an id cannot be a single or double dot.`);
  try {
    return encodeURIComponent(text);
  } catch {
    // A lone UTF-16 surrogate (half an emoji) cannot be encoded: a raw URIError would say nothing useful (issue 15.11).
    throw new PathSegmentError(`The id ${JSON.stringify(text)} contains a broken character (half of an emoji or symbol): map the whole id.`);
  }
};

export const apiPath = (literals: TemplateStringsArray, ...ids: Array<string | number>): ApiPath => {
  let path = literals[0] ?? '';
  ids.forEach((id, index) => {
    path += encodeSegment(id) + (literals[index + 1] ?? '');
  });
  return path as ApiPath;
};
