/**
 * Paths built only from literal text and encoded ids, so no input can change which endpoint is called:
 * each interpolated value becomes exactly one path segment ("a/../b" is sent as "a%2F..%2Fb").
 */

declare const apiPathBrand: unique symbol;
export type ApiPath = string & { readonly [apiPathBrand]: true };

export class PathSegmentError extends Error {}

export const encodeSegment = (value: unknown): string => {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (text === '') throw new PathSegmentError('an id is empty');
  const encoded = encodeURIComponent(text);
  // "." and ".." survive encodeURIComponent and would be resolved away by URL parsers.
  return encoded === '.' || encoded === '..' ? encoded.replace(/\./g, '%2E') : encoded;
};

export const apiPath = (literals: TemplateStringsArray, ...ids: Array<string | number>): ApiPath => {
  let path = literals[0] ?? '';
  ids.forEach((id, index) => {
    path += encodeSegment(id) + (literals[index + 1] ?? '');
  });
  return path as ApiPath;
};
