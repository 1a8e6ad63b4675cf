import { createAction } from '../../factories/actions';
import { calendarBody, calendarInputs, calendarOutputFields, calendarSample } from '../../fields/calendarActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** POST /calendars/ (CalendarCreateDTO: locationId and name required); team members as [{userId, isPrimary}]. */
export default createAction({
  key: 'create_calendar',
  noun: 'Calendar',
  label: 'Create Calendar',
  description: 'Creates a booking calendar in the sub-account, with its team members and slot settings.',
  inputs: inputs(calendarInputs),
  request: (input, { connection }) => ({ method: 'POST', path: apiPath`/calendars/`, body: { locationId: connection.locationId, ...calendarBody(input) } }),
  objectKey: 'calendar',
  sample: calendarSample,
  outputFields: calendarOutputFields,
});
