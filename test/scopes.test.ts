import catalog from '../catalog/operations.json';
import extensions from '../catalog/extensions.json';
import { EXTENSION_SCOPES, SCOPES } from '../src/scopes';

describe('OAuth scopes', () => {
  it('are exactly the scopes the catalog operations need', () => {
    const needed = new Set(catalog.flatMap((operation) => operation.scopes));
    expect([...SCOPES].sort()).toEqual([...needed].sort());
  });

  it('add exactly the scopes the operations beyond the catalog need, and none twice', () => {
    const needed = new Set(extensions.flatMap((operation) => operation.scopes ?? []).filter((scope) => !(SCOPES as readonly string[]).includes(scope)));
    expect([...EXTENSION_SCOPES].sort()).toEqual([...needed].sort());
  });
});
