import { ownInputFields } from '../helpers';

/** Every tag input of the contact steps is the sub-account's tag dropdown (free text allowed), with no "commas" help. */
describe('tag inputs', () => {
  it.each([
    ['creates', 'create_contact'],
    ['creates', 'update_contact'],
    ['creates', 'upsert_contact'],
    ['creates', 'add_contact_tags'],
    ['creates', 'remove_contact_tags'],
    ['creates', 'bulk_update_contact_tags'],
  ] as const)('%s %s', (kind, key) => {
    const tags = (ownInputFields(kind, key) as Array<Record<string, unknown>>).find((field) => field.key === 'tags');
    expect(tags).toMatchObject({ list: true, dynamic: 'dropdown_tags.id.name' });
    expect(String(tags!.helpText)).not.toMatch(/comma/i);
  });
});
