import type { PlainOutputField } from 'zapier-platform-core';

/**
 * What hangs off a contact: its tasks, notes and appointments (TaskSchema, GetNoteSchema, GetEventSchema
 * in apps/contacts.json): samples and output fields, shared by the contact triggers and actions.
 */

// ---------- tasks ----------

export const taskSample = {
  id: 'lJpzYrWdpkC2hX6t2yue',
  title: 'Call back about the quote',
  body: 'Ask whether the revised quote works for them.',
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  dueDate: '2026-07-08T14:30:00.000Z',
  completed: false,
  contactId: 'seD4PfOuKoVMLkEZqohJ',
};

export const taskOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Task ID' },
  { key: 'title', label: 'Title' },
  { key: 'body', label: 'Description' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'dueDate', label: 'Due Date', type: 'datetime' },
  { key: 'completed', label: 'Completed', type: 'boolean' },
  { key: 'contactId', label: 'Contact ID' },
];

// ---------- notes ----------

export const noteSample = {
  id: 'HGPcayliwcdoUFzvbTok',
  title: 'Follow-up summary',
  body: 'Spoke with Rosan: wants a demo next week.',
  userId: 'y0BeYjuRIlDwsDcOHOJo',
  dateAdded: '2026-07-08T12:02:11.285Z',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  color: '#FFAA00',
  pinned: false,
};

export const noteOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Note ID' },
  { key: 'title', label: 'Title' },
  { key: 'body', label: 'Body' },
  { key: 'userId', label: 'Author User ID' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'color', label: 'Color' },
  { key: 'pinned', label: 'Pinned', type: 'boolean' },
];

// ---------- appointments ----------

export const appointmentSample = {
  id: 'YS3jaqqeehkR2Is80miy',
  calendarId: 'YlWd2wuCAZQzh2cH1fVZ',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  groupId: 'BqTwX8QFwXzpegMve9EQ',
  title: 'Demo with Rosan Deo',
  status: 'booked',
  appointmentStatus: 'confirmed',
  assignedUserId: 'y0BeYjuRIlDwsDcOHOJo',
  users: ['y0BeYjuRIlDwsDcOHOJo'],
  notes: 'Bring the revised quote.',
  address: 'https://meet.example.com/demo-rosan',
  startTime: '2026-07-16T15:00:00.000Z',
  startTimeRaw: '2026-07-16 11:00:00',
  endTime: '2026-07-16T15:30:00.000Z',
  endTimeRaw: '2026-07-16 11:30:00',
  dateAdded: '2026-07-09T13:12:44.000Z',
  dateAddedRaw: '2026-07-09 09:12:44',
  dateUpdated: '2026-07-09T13:12:44.000Z',
  dateUpdatedRaw: '2026-07-09 09:12:44',
  assignedResources: [],
};

export const appointmentOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Appointment ID' },
  { key: 'title', label: 'Title' },
  { key: 'calendarId', label: 'Calendar ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'groupId', label: 'Calendar Group ID' },
  { key: 'locationId', label: 'Sub-account' },
  { key: 'status', label: 'Status' },
  { key: 'appointmentStatus', label: 'Appointment Status' },
  { key: 'assignedUserId', label: 'Assigned User ID' },
  { key: 'users', label: 'User IDs', list: true },
  { key: 'notes', label: 'Notes' },
  { key: 'address', label: 'Address / Meeting Link' },
  { key: 'startTime', label: 'Start Time', type: 'datetime' },
  { key: 'startTimeRaw', label: 'Start Time (as HighLevel sent it, sub-account time)' },
  { key: 'endTime', label: 'End Time', type: 'datetime' },
  { key: 'endTimeRaw', label: 'End Time (as HighLevel sent it, sub-account time)' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'dateUpdated', label: 'Date Updated', type: 'datetime' },
];

/** A contact's appointment dates, written by HighLevel as wall-clock text in the sub-account's time zone. */
export const APPOINTMENT_DATES = ['startTime', 'endTime', 'dateAdded', 'dateUpdated'] as const;

// ---------- watch triggers ----------

/**
 * A watch trigger's `id` is the record id plus a change marker; the record's own id is kept under `recordIdKey`.
 * This reshapes a sample and its output fields accordingly.
 */
export const watchSample = <T extends { id: string }>(sample: T, recordIdKey: string, marker = '3f2a9c1b7d4e') => ({
  ...sample,
  [recordIdKey]: sample.id,
  id: `${sample.id}:${marker}`,
});

/** A watch trigger's `id` output: labelled as the compound it is, so nobody maps it where a record id is expected. */
export const changeIdOutput = (record = 'record'): PlainOutputField => ({ key: 'id', label: `Change ID (${record} ID + change marker)` });

export const watchOutputFields = (fields: PlainOutputField[], recordIdKey: string): PlainOutputField[] => {
  const idLabel = fields.find((field) => field.key === 'id')?.label ?? 'ID';
  return [
    { key: recordIdKey, label: idLabel },
    ...fields.filter((field) => field.key !== 'id' && field.key !== recordIdKey),
    changeIdOutput(),
  ];
};
