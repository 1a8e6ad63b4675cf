import type { SearchOrCreate } from 'zapier-platform-core';

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
] satisfies SearchOrCreate[]) as SearchOrCreate[];
