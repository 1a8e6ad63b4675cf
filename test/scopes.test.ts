import catalog from '../catalog/operations.json';
import { SCOPES } from '../src/scopes';

describe('OAuth scopes', () => {
  it('are exactly the scopes the catalog operations need', () => {
    const needed = new Set(catalog.flatMap((operation) => operation.scopes));
    expect([...SCOPES].sort()).toEqual([...needed].sort());
  });
});
