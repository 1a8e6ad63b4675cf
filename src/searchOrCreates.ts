import type { SearchOrCreate } from 'zapier-platform-core';

/** "Find or create" pairs; a pair's key must be its search's key. */
export default [
  {
    key: 'find_contact',
    display: { label: 'Find or Create Contact', description: 'Finds a contact by ID, email or phone, and creates it when none is found.' },
    search: 'find_contact',
    create: 'create_contact',
  },
  {
    key: 'find_opportunity',
    display: {
      label: 'Find or Create Opportunity',
      description: 'Finds an opportunity by contact, pipeline, stage, status or search text, and creates it when none is found.',
    },
    search: 'find_opportunity',
    create: 'create_opportunity',
  },
  {
    key: 'find_invoice',
    display: { label: 'Find or Create Invoice', description: 'Finds an invoice by number, contact, status or search text, and creates it when none is found.' },
    search: 'find_invoice',
    create: 'create_invoice',
  },
] satisfies SearchOrCreate[];
