import { apiPath, encodeSegment, PathSegmentError } from '../../src/http/path';
import { thrownBy } from '../outcomes';

/** Paths from literal text and encoded ids: each id is exactly one path segment, and a refused id is an input error. */

/** The error `work` throws, as Zapier reads it: AppError's message is the JSON of {message, code, status}. */
const refusalOf = (work: () => unknown): { name: string; body: unknown } => {
  const error = thrownBy(work);
  expect(error).toBeInstanceOf(PathSegmentError);
  return { name: (error as Error).name, body: JSON.parse((error as Error).message) };
};
const invalidInput = (message: string) => ({ name: 'AppError', body: { message, code: 'InvalidInput', status: 400 } });

describe('encodeSegment', () => {
  it('encodes a string id, trimmed, as one segment', () => {
    expect(encodeSegment('  c1  ')).toBe('c1');
    expect(encodeSegment('a/../b?x=1#y')).toBe('a%2F..%2Fb%3Fx%3D1%23y');
    expect(encodeSegment('José 😀')).toBe('Jos%C3%A9%20%F0%9F%98%80');
  });

  it('writes a number id as its decimal text', () => {
    expect(encodeSegment(42)).toBe('42');
    expect(encodeSegment(0)).toBe('0');
    expect(encodeSegment(-1.5)).toBe('-1.5');
  });

  it.each([
    ['an empty string', ''],
    ['blanks', '  \t '],
    ['undefined', undefined],
    ['null', null],
    ['an object', { id: 'c1' }],
    ['a boolean', true],
  ])('refuses %s as an empty id (InvalidInput, 400)', (_what, value) => {
    expect(refusalOf(() => encodeSegment(value))).toEqual(invalidInput('Invalid input. An id is empty.'));
  });

  it.each(['.', '..', '%2e', '%2E%2e', '.%2E', ' .. '])('refuses the dot segment %j, which would change the endpoint', (value) => {
    expect(refusalOf(() => encodeSegment(value))).toEqual(invalidInput(`Invalid input. The id ${value.trim()} is not allowed: an id cannot be a single or double dot.`));
  });

  it('accepts ids that only contain or end with dots', () => {
    expect(encodeSegment('v1.')).toBe('v1.');
    expect(encodeSegment('a..')).toBe('a..');
    expect(encodeSegment('...')).toBe('...');
    expect(encodeSegment('x%2e')).toBe('x%252e');
    expect(encodeSegment('.hidden')).toBe('.hidden');
  });

  it('refuses an id holding half of an emoji, naming the id', () => {
    expect(refusalOf(() => encodeSegment('ab\uD83D'))).toEqual(
      invalidInput('Invalid input. The id "ab\\ud83d" contains a broken character (half of an emoji or symbol): map the whole id.'),
    );
  });
});

describe('apiPath', () => {
  it('joins the literal text with each id encoded as one segment', () => {
    expect(apiPath`/contacts/${'c/1'}/notes/${7}`).toBe('/contacts/c%2F1/notes/7');
    expect(apiPath`/contacts/`).toBe('/contacts/');
    expect(apiPath`${'a'}${'b'}`).toBe('ab');
  });

  it('refuses the whole path when one id is refused', () => {
    expect(refusalOf(() => apiPath`/contacts/${'c1'}/notes/${'..'}`)).toEqual(invalidInput('Invalid input. The id .. is not allowed: an id cannot be a single or double dot.'));
  });

  it('called as a plain function, takes missing literal text as empty', () => {
    const literals = (texts: string[]) => Object.assign([...texts], { raw: [...texts] }) as unknown as TemplateStringsArray;
    expect(apiPath(literals([]))).toBe('');
    expect(apiPath(literals(['/contacts/']), 'c1')).toBe('/contacts/c1');
    expect(apiPath(literals([]), 'c1', 'n2')).toBe('c1n2');
  });
});
