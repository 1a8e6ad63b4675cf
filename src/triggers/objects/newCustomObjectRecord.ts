import { recordEventTrigger } from './recordEvents';

/** Fires once per record: the item id is the record id. */
export default recordEventTrigger({
  key: 'new_custom_object_record',
  label: 'New Custom Object Record',
  description: 'Triggers when a record of a custom object (such as a Pet) is created. Reads the 300 records HighLevel lists first.',
  dateKey: 'createdAt',
  isEvent: () => true,
  idOf: (record) => String(record.id),
  idLabel: 'Record ID',
});
