import { rules } from './rules';

/** Each editor rule fails on the defect it names (a rule that cannot fail would prove nothing) and passes a good definition. */

type Definition = Parameters<(typeof rules)[string]>[0];
const make = (overrides: Partial<Definition> & { operation?: Record<string, unknown> }): Definition =>
  ({ key: 'create_widget', noun: 'Widget', display: { label: 'Create Widget', description: 'Creates a widget.' }, ...overrides, operation: { inputFields: [], outputFields: [], sample: {}, ...overrides.operation } }) as Definition;

const cases: Array<[string, Definition, Definition, 'triggers' | 'creates' | 'searches']> = [
  [
    'required inputs first',
    make({ operation: { inputFields: [{ key: 'note' }, { key: 'name', required: true }] } }),
    make({ operation: { inputFields: [{ key: 'name', required: true }, { key: 'note' }] } }),
    'creates',
  ],
  [
    'list fields, not comma-separated values',
    make({ operation: { inputFields: [{ key: 'tags', helpText: 'Separate several with commas.' }] } }),
    make({ operation: { inputFields: [{ key: 'tags', list: true, helpText: 'One per item.' }] } }),
    'creates',
  ],
  [
    'URLs in backticks or markdown links',
    make({ operation: { inputFields: [{ key: 'website', helpText: 'Such as https://example.com.' }] } }),
    make({ operation: { inputFields: [{ key: 'website', helpText: 'Such as `https://example.com`, see [the docs](https://example.com/docs).' }] } }),
    'creates',
  ],
  ['descriptions at most 160 characters', make({ display: { label: 'X', description: `Creates ${'a'.repeat(160)}.` } }), make({}), 'creates'],
  [
    'deletes warn they cannot be undone',
    make({ key: 'delete_widget', display: { label: 'Delete Widget', description: 'Deletes a widget.' } }),
    make({ key: 'delete_widget', display: { label: 'Delete Widget', description: 'Deletes a widget. This cannot be undone.' } }),
    'creates',
  ],
  [
    '"Sub-account", never "Location ID"',
    make({ operation: { outputFields: [{ key: 'locationId', label: 'Location ID' }] } }),
    make({ operation: { outputFields: [{ key: 'locationId', label: 'Sub-account' }] } }),
    'creates',
  ],
  [
    'id inputs: a dropdown, or a named input mapped from an earlier step',
    make({ operation: { inputFields: [{ key: 'widgetId', label: 'Widget ID', helpText: 'The widget ID.' }] } }),
    make({ operation: { inputFields: [{ key: 'widgetId', label: 'Widget', helpText: 'Map its ID from an earlier step.' }] } }),
    'creates',
  ],
  [
    'samples hold no custom field ids',
    make({ operation: { sample: { customFields: [{ id: 'MgobCB14YMVKuE4Ka8p1', value: 'Gold' }] } } }),
    make({ operation: { sample: { customFields: [] } } }),
    'creates',
  ],
  [
    'sample dates ISO 8601 with a zone',
    make({ operation: { sample: { startTime: '2026-07-16 11:00:00' } } }),
    make({ operation: { sample: { startTime: '2026-07-16T11:00:00-04:00', dateOfBirth: '1990-09-25' } } }),
    'creates',
  ],
  [
    "watch triggers' compound id labelled, record id separate",
    make({ operation: { sample: { id: 'w1:2026-01-01T00:00:00Z', widgetId: 'w1' }, outputFields: [{ key: 'id', label: 'ID' }] } }),
    make({
      operation: {
        sample: { id: 'w1:2026-01-01T00:00:00Z', widgetId: 'w1' },
        outputFields: [
          { key: 'widgetId', label: 'Widget ID' },
          { key: 'id', label: 'Change ID (widget ID + change marker)' },
        ],
      },
    }),
    'triggers',
  ],
];

describe('each editor rule', () => {
  it('has a case here', () => {
    expect(cases.map(([name]) => name).sort()).toEqual(Object.keys(rules).sort());
  });

  it.each(cases)('%s: fails the defect, passes the fix', (name, bad, good, kind) => {
    const rule = rules[name]!;
    expect(rule(bad, kind).length).toBeGreaterThan(0);
    expect(rule(good, kind)).toEqual([]);
  });
});

describe('sample dates: the `<date>Raw` exception', () => {
  const rule = rules['sample dates ISO 8601 with a zone']!;
  const sampled = (sample: Record<string, unknown>, key = 'list_contact_appointments') => rule(make({ key, operation: { sample } }), 'triggers');

  it("accepts HighLevel's zone-less text as `<date>Raw` beside its ISO twin, nested ones too", () => {
    expect(sampled({ startTime: '2026-07-16T15:00:00.000Z', startTimeRaw: '2026-07-16 11:00:00' })).toEqual([]);
    expect(sampled({ events: [{ dateAdded: '2026-07-09T09:12:44-04:00', dateAddedRaw: '2026-07-09 09:12:44' }] })).toEqual([]);
  });

  it('still fails a zone-less `…Raw` with no ISO twin, or beside a twin that is itself zone-less', () => {
    expect(sampled({ startTimeRaw: '2026-07-16 11:00:00' })).toEqual(['sample.startTimeRaw: "2026-07-16 11:00:00" is not ISO 8601 with a zone']);
    expect(sampled({ startTime: '2026-07-16 11:00:00', startTimeRaw: '2026-07-16 11:00:00' })).toEqual([
      'sample.startTime: "2026-07-16 11:00:00" is not ISO 8601 with a zone',
      'sample.startTimeRaw: "2026-07-16 11:00:00" is not ISO 8601 with a zone',
    ]);
    // The twin must sit in the same object: an ISO date elsewhere in the sample does not cover it.
    expect(sampled({ startTime: '2026-07-16T15:00:00.000Z', event: { startTimeRaw: '2026-07-16 11:00:00' } })).toHaveLength(1);
  });

  it('no longer exempts a whole operation: a zone-less date of list_contact_appointments fails like any other', () => {
    expect(sampled({ startTime: '2026-07-16 11:00:00' })).toEqual(['sample.startTime: "2026-07-16 11:00:00" is not ISO 8601 with a zone']);
  });
});
