import { rules, searchOrCreateViolations, violationsOf, visibleOperations } from './rules';

/** The Zapier editor rules over every visible operation of the app: each failure lists what to fix. */
describe('the editor experience, over every visible operation', () => {
  it('covers the whole app (the 126 catalog operations and any added since)', () => {
    expect(visibleOperations().length).toBeGreaterThanOrEqual(126);
  });

  it.each(Object.entries(rules))('%s', (_name, rule) => {
    expect(violationsOf(rule)).toEqual([]);
  });

  it('search-or-create pairs offer "update if found" where an update action exists', () => {
    expect(searchOrCreateViolations()).toEqual([]);
  });
});
