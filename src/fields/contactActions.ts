import type { PlainOutputField } from 'zapier-platform-core';
import type { Json } from '../factories/common';
import { contactId, userId } from './dropdowns';
import type { Input } from './kit';
import { withoutMilliseconds } from './dates';
import { boolean, choice, datetime, id, invalidInput, isBlank, lazySchema, list, string, text } from './kit';
import { tagList } from './tags';

/**
 * Shapes shared by the contact actions (update, upsert, tags, tasks, notes, campaigns):
 * inputs, body helpers, samples and output fields. Pure helpers here are unit-tested alone.
 */

// ---------- contact writes (update / upsert) ----------

/** Update's `tags` replaces every tag of the contact on HighLevel's side (UpdateContactDto). */
export const replacingTags = tagList({
  label: 'Tags (replace all)',
  helpText:
    '**Replaces all tags on the contact** with these: tags not listed here are removed. Leave empty to keep the current tags. To add or remove a few tags without touching the others, use the **Add Tags to Contact** or **Remove Tags from Contact** action instead.',
});

/** Upsert's `tags`: the new contact's tags, or a full replacement when an existing contact is matched. */
export const upsertTags = tagList({
  label: 'Tags',
  helpText:
    'Tags for the contact. If an existing contact is matched and updated, **these replace all its tags**; to add tags without removing others, use **Add Tags to Contact** after this step.',
});

// ---------- tags ----------

export const tagsInput = tagList;

// ---------- tasks ----------

/** A task of the chosen contact: pair with `contactId` in the same operation. */
export const taskId = () =>
  id({
    label: 'Task',
    required: true,
    dynamic: 'dropdown_contact_tasks.id.name',
    helpText: 'A task of the contact chosen above. Choose one, or map a HighLevel task ID (such as the ID given by Create Contact Task).',
  });

/** A note of the chosen contact: pair with `contactId` in the same operation. */
export const noteId = () =>
  id({
    label: 'Note',
    required: true,
    dynamic: 'dropdown_contact_notes.id.name',
    helpText: 'A note of the contact chosen above. Choose one, or map a HighLevel note ID (such as the ID given by Create Contact Note).',
  });

/** The contact a task/note/tag/campaign action is about. */
export const theContact = () => contactId({ required: true });

/** The contact whose tasks or notes the next dropdown lists: changing it refreshes the form. */
export const parentContact = () => contactId({ required: true, altersDynamicFields: true });

/** Task fields (CreateTaskParams / UpdateTaskBody); `required` makes title and due date required (create). */
export const taskInputs = <R extends boolean>(required: R) => ({
  title: string({ label: 'Title', required, helpText: 'What needs to be done, such as "Call back about the quote".' }),
  body: text({ label: 'Description', helpText: 'Details of the task.' }),
  dueDate: datetime({
    label: 'Due Date',
    required,
    as: 'iso',
    helpText: 'When the task is due: a date and time such as 2026-01-31T14:30:00-05:00, or a Zapier date. Sent to HighLevel in UTC.',
  }),
  completed: boolean({
    label: 'Completed',
    ...(required ? { default: 'false' } : {}),
    helpText: required ? 'Yes creates the task already completed. Defaults to No.' : 'Yes marks the task completed, No reopens it. Leave empty to keep it as it is.',
  }),
  assignedTo: userId({ label: 'Assigned User', helpText: 'The user responsible for the task. Choose one, search for one, or map a HighLevel user ID.' }),
});

/**
 * A task body with its due date sent without milliseconds: HighLevel refuses `…:00.000Z` on task updates (n8n-io/n8n
 * packages/nodes-base/nodes/HighLevel/v2/GenericFunctions.ts strips them for that reason; docs/highlevel-in-practice.md).
 */
export const taskBody = <T extends object>(task: T): T => {
  const due = (task as { dueDate?: unknown }).dueDate;
  return typeof due === 'string' ? { ...task, dueDate: withoutMilliseconds(due) } : task;
};

/** One definition of a task and a note's shape, shared with the contact triggers. */
export { noteOutputFields, noteSample, taskOutputFields, taskSample } from './contactActivity';

/** HighLevel's task answers sometimes leave out `contactId` (api-docs #332): fill it from the input. */
export const taskResult = (response: unknown, input: { contactId: string }): Json => {
  const task = ((response as { task?: Json } | undefined)?.task ?? {}) as Json;
  return { ...task, contactId: task.contactId ?? input.contactId };
};

// ---------- notes ----------

const HEX_FORM = 'a colour such as #FFAA00';
/** A hex colour (#RGB or #RRGGBB), upper-cased. */
export const hexColor = <O extends { label: string; helpText?: string }>(options: O): Input<string, false> => ({
  field: { ...options, type: 'string', required: false },
  schema: lazySchema((zod) =>
    zod
      .union([zod.string(), zod.number()])
      .transform((value) => String(value).trim())
      .pipe(zod.string().regex(/^#?([0-9a-f]{3}|[0-9a-f]{6})$/i, { error: `expected ${HEX_FORM}` }))
      .transform((value) => `#${value.replace(/^#/, '').toUpperCase()}`),
  ),
  required: false,
  kind: { kind: 'color' },
});

/** Note fields (NotesDTO); `required` makes the body required (create). */
export const noteInputs = <R extends boolean>(required: R) => ({
  body: text({ label: 'Body', required, helpText: required ? 'The text of the note.' : 'The new text of the note. Leave empty to keep it.' }),
  title: string({ label: 'Title', helpText: 'A short title shown above the note, such as "Follow-up summary".' }),
  userId: userId({ label: 'Author', helpText: 'The user the note is written by. Choose one, search for one, or map a HighLevel user ID.' }),
  color: hexColor({ label: 'Colour', helpText: 'Highlight colour of the note, such as #FFAA00.' }),
  pinned: boolean({ label: 'Pinned', helpText: 'Yes pins the note to the top of the contact’s notes.' }),
});

export const noteResult = (response: unknown, input: { contactId: string }): Json => {
  const note = ((response as { note?: Json } | undefined)?.note ?? {}) as Json;
  return { ...note, contactId: note.contactId ?? input.contactId };
};

// ---------- deletes and other acknowledgements ----------

export const deletedOutputFields = (label: string): PlainOutputField[] => [
  { key: 'id', label: `${label} ID` },
  { key: 'deleted', label: 'Deleted', type: 'boolean' },
];

export const notFound = (what: string, idValue: string | undefined): string =>
  `The ${what}${idValue ? ` ${idValue}` : ''} was not found in HighLevel. It may already be deleted.`;

/** `{tags}` answers of the tag endpoints: the contact's tags after the change. */
export const tagsOf = (response: unknown): string[] => {
  const tags = (response as { tags?: unknown } | undefined)?.tags;
  return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [];
};

export const tagResultOutputFields = (changedKey: string, changedLabel: string): PlainOutputField[] => [
  { key: 'contactId', label: 'Contact ID' },
  { key: 'tags', label: 'Tags', list: true },
  { key: changedKey, label: changedLabel, list: true },
];

export const campaignSample = { contactId: 'seD4PfOuKoVMLkEZqohJ', campaignId: 'ocQHyuzHvysMo5N5VsXc' };
