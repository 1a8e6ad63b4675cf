import { bulkTagsBody } from '../../../src/creates/contacts/bulkUpdateContactTags';
import { hexColor } from '../../../src/fields/contactActions';
import { inputs, omit, requireChanges } from '../../../src/fields/kit';

describe('contact action helpers', () => {
  it('requireChanges drops blank values and refuses an empty update', () => {
    expect(requireChanges({ a: 'x', b: undefined, c: [] as string[], d: false }, 'thing')).toEqual({ a: 'x', d: false });
    expect(() => requireChanges({ a: undefined }, 'thing')).toThrow(/Map at least one field to change on the thing/);
  });

  it('omit keeps the other keys', () => {
    expect(omit({ a: 1, b: 2, c: 3 }, 'a', 'c')).toEqual({ b: 2 });
  });

  it('hexColor normalises colours', () => {
    const set = inputs({ color: hexColor({ label: 'Colour' }) });
    expect(set.parse({ color: 'fa0' })).toEqual({ color: '#FA0' });
    expect(set.parse({ color: '#ffaa00' })).toEqual({ color: '#FFAA00' });
    expect(() => set.parse({ color: '#ggg' })).toThrow(/expected a colour such as #FFAA00/);
  });

  it('bulkTagsBody sends removeAllTags only with remove', () => {
    expect(bulkTagsBody({ type: 'add', contacts: ['c1'], tags: ['t'] }, 'loc')).toEqual({ contacts: ['c1'], tags: ['t'], locationId: 'loc' });
    expect(bulkTagsBody({ type: 'remove', contacts: ['c1'], tags: ['t'], removeAllTags: false }, 'loc')).toEqual({
      contacts: ['c1'],
      tags: ['t'],
      locationId: 'loc',
      removeAllTags: false,
    });
  });
});
