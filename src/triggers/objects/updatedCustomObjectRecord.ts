import { recordEventTrigger } from './recordEvents';

const changedAt = (record: Record<string, unknown>): string => String(record.updatedAt ?? record.dateUpdated ?? '');

/** Fires once per change: the item id is `recordId:updatedAt`, so a new change of an old record is a new item. */
export default recordEventTrigger({
  key: 'updated_custom_object_record',
  label: 'Updated Custom Object Record',
  description:
    'Triggers when a record of a custom object is changed, once per change, old records included. Reads the 300 records HighLevel lists first.',
  dateKey: 'updatedAt',
  // A record never changed since it was created is a new record, not an update.
  isEvent: (record) => Boolean(changedAt(record)) && changedAt(record) !== String(record.createdAt ?? record.dateAdded ?? ''),
  idOf: (record) => `${String(record.id)}:${changedAt(record)}`,
  idLabel: 'Update ID (record + update time)',
});
