import catalog from '../catalog/operations.json';
import App from '../index';
import { appTester, authData, highLevel, LOCATION_ID } from './helpers';

type Definition = {
  key: string;
  noun?: string;
  display?: { label?: string; description?: string; hidden?: boolean };
  operation?: { sample?: Record<string, unknown>; outputFields?: unknown[]; perform?: unknown; inputFields?: Array<Record<string, unknown> | Function> };
};
const groups = { trigger: 'triggers', create: 'creates', search: 'searches' } as const;
const definitionOf = (type: keyof typeof groups, key: string) =>
  (App as unknown as Record<string, Record<string, Definition> | undefined>)[groups[type]]?.[key];

const voice = { trigger: /^Triggers when /, search: /^Finds /, create: /^(Creates|Updates|Deletes|Adds|Removes|Sends|Completes|Enables|Checks|Validates|Sets|Shows|Upserts|Creates or updates)/ };

describe('the catalog of 126 operations', () => {
  it('has 126 operations: 55 polling triggers and 71 actions', () => {
    expect(catalog).toHaveLength(126);
    expect(catalog.filter((operation) => operation.zapier_type === 'trigger')).toHaveLength(55);
  });

  describe.each(catalog.map((operation) => [operation.key, operation] as const))('%s', (_key, operation) => {
    const type = operation.zapier_type as keyof typeof groups;
    const definition = definitionOf(type, operation.key);

    it('exists with its final key, label, noun and a description in Zapier voice', () => {
      expect(definition?.key).toBe(operation.key);
      expect(definition?.display?.label).toBe(operation.name);
      expect(definition?.display?.hidden).toBeFalsy();
      expect(definition?.noun).toBeTruthy();
      expect(definition?.display?.description).toMatch(voice[type]);
    });

    it('has a sample and labelled output fields', () => {
      const sample = definition?.operation?.sample;
      expect(sample && typeof sample === 'object').toBe(true);
      if (type === 'trigger') expect(['string', 'number']).toContain(typeof sample?.id);
      const plain = (definition?.operation?.outputFields ?? []).filter((field): field is { key: string; label?: string } => typeof field === 'object');
      expect(plain.length).toBeGreaterThan(0);
      for (const field of plain) expect(field.label).toBeTruthy();
    });

    // Output fields computed at run time: the sub-account's custom fields of the operation's record model.
    const outputFunctions = (definition?.operation?.outputFields ?? []).filter((field): field is Function => typeof field === 'function');
    if (outputFunctions.length) {
      it('labels the custom fields of its model in its output fields, under customField__<id>', async () => {
        const model = operation.category === 'Opportunities' ? 'opportunity' : 'contact';
        const scope = highLevel()
          .get(`/locations/${LOCATION_ID}/customFields`)
          .query({ model })
          .reply(200, {
            customFields: [
              { id: 'cfOwn', name: 'Membership', fieldKey: `${model}.membership`, dataType: 'TEXT', model },
              { id: 'cfKey', fieldKey: `${model}.key_only`, dataType: 'TEXT', model },
              { id: 'cfOther', name: 'Other model', dataType: 'TEXT', model: model === 'contact' ? 'opportunity' : 'contact' },
            ],
          });
        const produced = (await Promise.all(outputFunctions.map((fields) => appTester(fields as never, { authData, inputData: {} } as never)))).flat();
        expect(produced).toEqual([
          { key: 'customField__cfOwn', label: 'Custom field: Membership' },
          { key: 'customField__cfKey', label: `Custom field: ${model}.key_only` },
        ]);
        scope.done();
      });
    }

    it('never asks the user for the location id', () => {
      const keys = (definition?.operation?.inputFields ?? []).filter((field) => typeof field === 'object').map((field) => (field as { key: string }).key);
      expect(keys).not.toContain('locationId');
      expect(keys).not.toContain('location_id');
    });
  });
});
