import type { SearchOrCreate } from 'zapier-platform-core';

/** Find or create a custom object record; "update if found" updates the record found, in its own object. */
const customObjectRecordPair: SearchOrCreate = {
  key: 'find_custom_object_record',
  display: {
    label: 'Find or Create Custom Object Record',
    description: 'Finds a custom object record by text in its searchable fields, and creates it (or updates the one found) as you choose.',
  },
  search: 'find_custom_object_record',
  create: 'create_custom_object_record',
  update: 'update_custom_object_record',
  updateInputFromSearchOutput: { recordId: 'id', schemaKey: 'objectKey' },
};

/** Find or create a custom value by name; "update if found" sets the value of the one found. */
const customValuePair: SearchOrCreate = {
  key: 'find_custom_value',
  display: { label: 'Find or Create Custom Value', description: 'Finds a custom value by name, and creates it (or updates the one found) as you choose.' },
  search: 'find_custom_value',
  create: 'create_custom_value',
  update: 'update_custom_value',
  updateInputFromSearchOutput: { customValueId: 'id' },
  searchUniqueInputToOutputConstraint: { name: 'name' },
};

const tagPair: SearchOrCreate = {
  key: 'find_tag',
  display: { label: 'Find or Create Tag', description: 'Finds a tag by name (any case), and creates it when none is found.' },
  search: 'find_tag',
  create: 'create_tag',
};

/**
 * "Find or create" pairs; a pair's key must be its search's key. Where an update action exists, Zapier offers
 * "update if found": the found record's `id` goes to the update's id input, and the step's mapped values to the update.
 */
export default ([
  {
    key: 'find_contact',
    display: { label: 'Find or Create Contact', description: 'Finds a contact by ID, email or phone, and creates it when none is found.' },
    search: 'find_contact',
    create: 'create_contact',
    update: 'update_contact',
    updateInputFromSearchOutput: { contactId: 'id' },
  },
  {
    key: 'find_opportunity',
    display: {
      label: 'Find or Create Opportunity',
      description: 'Finds an opportunity by contact, pipeline, stage, status or search text, and creates it when none is found.',
    },
    search: 'find_opportunity',
    create: 'create_opportunity',
    update: 'update_opportunity',
    updateInputFromSearchOutput: { opportunityId: 'id' },
  },
  customObjectRecordPair,
  customValuePair,
  tagPair,
  {
    key: 'find_invoice',
    display: { label: 'Find or Create Invoice', description: 'Finds an invoice by number, contact, status or search text, and creates it when none is found.' },
    search: 'find_invoice',
    create: 'create_invoice',
  },
] satisfies SearchOrCreate[]) as SearchOrCreate[];
