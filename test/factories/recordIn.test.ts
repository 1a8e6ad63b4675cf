import { recordIn, withoutEnvelope } from '../../src/factories/common';

describe('recordIn: single-record answers read tolerantly', () => {
  it('takes the first listed key that holds an object (the real wrapper before the documented one)', () => {
    const answer = { appointment: { id: 'a1' }, event: { id: 'e1' }, traceId: 't-1' };
    expect(recordIn(answer, ['appointment', 'event'])).toEqual({ id: 'a1' });
    expect(recordIn({ event: { id: 'e1' }, traceId: 't-2' }, ['appointment', 'event'])).toEqual({ id: 'e1' });
  });

  it('falls back to the root without traceId when no key holds an object', () => {
    expect(recordIn({ id: 'u1', name: 'Ann', traceId: 't-3' }, ['user'])).toEqual({ id: 'u1', name: 'Ann' });
    expect(recordIn({ user: 'not-an-object', id: 'u2', traceId: 't' }, ['user'])).toEqual({ user: 'not-an-object', id: 'u2' });
  });

  it('is undefined when the answer names the wrapper with null, or holds nothing but its envelope', () => {
    expect(recordIn({ contact: null, traceId: 't' }, ['contact'])).toBeUndefined();
    expect(recordIn({ traceId: 't' }, ['contact'])).toBeUndefined();
    expect(recordIn({}, ['contact'])).toBeUndefined();
  });

  it('is undefined for answers that are not objects', () => {
    expect(recordIn(null, ['user'])).toBeUndefined();
    expect(recordIn([{ id: 1 }], ['user'])).toBeUndefined();
    expect(recordIn('x')).toBeUndefined();
  });

  it('withoutEnvelope keeps every other key', () => {
    expect(withoutEnvelope({ traceId: 'x', id: 'r', dateUpdated: 'd' })).toEqual({ id: 'r', dateUpdated: 'd' });
  });
});
