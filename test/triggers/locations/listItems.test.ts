import { listItems } from '../../../src/fields/other';
import { associationsOfObject } from '../../../src/triggers/locations/getAssociationByObjectKey';

describe('listItems (association and relation lists)', () => {
  const a = { id: 'a1', key: 'k1' };
  const b = { id: 'a2', key: 'k2' };

  it.each([
    ['associations', { associations: [a, b], total: 2 }],
    ['relations', { relations: [a, b] }],
    ['data', { data: [a, b] }],
    ['a bare array', [a, b]],
  ])('reads an array under %s', (_name, response) => {
    expect(listItems(response)).toEqual([a, b]);
  });

  it('drops non-objects and gives [] for anything else', () => {
    expect(listItems({ associations: [a, null, 'x', [b]] })).toEqual([a]);
    expect(listItems({ id: 'single', key: 'k' })).toEqual([]);
    expect(listItems(null)).toEqual([]);
    expect(listItems('nope')).toEqual([]);
    expect(listItems({ associations: 'x', data: [b] })).toEqual([b]);
  });

  it('turns a single association or a list into one record per object key', () => {
    expect(associationsOfObject(a, 'contact')).toEqual({ id: 'contact', objectKey: 'contact', count: 1, associationIds: ['a1'], associations: [a] });
    expect(associationsOfObject({ associations: [a, b] }, 'contact')).toMatchObject({ count: 2, associationIds: ['a1', 'a2'] });
    expect(associationsOfObject({}, 'contact')).toMatchObject({ count: 0, associations: [] });
  });
});
