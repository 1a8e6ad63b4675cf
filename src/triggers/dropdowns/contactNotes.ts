import { errors } from 'zapier-platform-core';
import { dropdownTrigger } from '../../factories/triggers';
import type { Json } from '../../factories/common';
import { id, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const EXCERPT = 60;

/** "Follow-up summary · 2026-07-08", or the start of the body when the note has no title. */
export const noteChoiceName = (note: Json): string => {
  const title = typeof note.title === 'string' ? note.title.trim() : '';
  const body = typeof note.body === 'string' ? note.body.replace(/\s+/g, ' ').trim() : '';
  const label = title || (body.length > EXCERPT ? `${body.slice(0, EXCERPT)}…` : body) || String(note.id ?? 'Note');
  const added = typeof note.dateAdded === 'string' && note.dateAdded ? ` · ${note.dateAdded.slice(0, 10)}` : '';
  return `${label}${added}`;
};

/**
 * Notes of the contact chosen in the same operation (`contactId`), newest first, for note dropdowns.
 * GET /contacts/{contactId}/notes returns them all at once (no paging).
 */
export default dropdownTrigger({
  key: 'dropdown_contact_notes',
  noun: 'Contact Note',
  inputs: inputs({ contactId: id({ label: 'Contact' }) }),
  request: (input) => {
    if (!input.contactId) throw new errors.HaltedError('Choose a contact first: this list shows the notes of that contact.');
    return { method: 'GET', path: apiPath`/contacts/${input.contactId}/notes` };
  },
  listKey: 'notes',
  newestFirstBy: 'dateAdded',
  mapItem: (note) => ({ ...note, name: noteChoiceName(note) }),
  sample: { id: 'HGPcayliwcdoUFzvbTok', name: 'Follow-up summary · 2026-07-08', dateAdded: '2026-07-08T12:02:11.285Z' },
});
