import { watchTrigger } from '../../factories/triggers';
import { calendarOutputFields, calendarSample } from '../../fields/calendarTriggers';
import { calendarId } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /calendars/{calendarId}: fires when the calendar is first seen and whenever its settings change. */
export default watchTrigger({
  key: 'get_calendar',
  noun: 'Calendar',
  label: 'Get Calendar by ID',
  description: 'Triggers when the chosen calendar is first found, and again each time its settings change.',
  inputs: inputs({ calendarId: calendarId({ required: true, helpText: 'The calendar to watch.' }) }),
  request: (input) => ({ method: 'GET', path: apiPath`/calendars/${input.calendarId}` }),
  objectKey: 'calendar',
  recordIdKey: 'calendarId',
  sample: { ...calendarSample, calendarId: calendarSample.id, id: `${calendarSample.id}:3f2a9c1b7d4e` },
  outputFields: [{ key: 'calendarId', label: 'Calendar ID' }, { key: 'id', label: 'Change ID (calendar + version)' }, ...calendarOutputFields.slice(1)],
});
