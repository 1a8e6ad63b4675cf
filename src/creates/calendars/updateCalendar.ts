import { createAction } from '../../factories/actions';
import { calendarBody, calendarOutputFields, calendarSample, calendarUpdateInputs, notFound } from '../../fields/calendarActions';
import { calendarId } from '../../fields/dropdowns';
import { inputs, requireChanges } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** PUT /calendars/{calendarId} (CalendarUpdateDTO) with only the mapped settings. */
export default createAction({
  key: 'update_calendar',
  noun: 'Calendar',
  label: 'Update Calendar',
  description: 'Updates the settings of a calendar, changing only the fields you map. Team members, when mapped, replace the current ones.',
  inputs: inputs({ calendarId: calendarId({ required: true }), ...calendarUpdateInputs }),
  request: ({ calendarId: id, ...changes }) => ({
    method: 'PUT',
    path: apiPath`/calendars/${id}`,
    body: requireChanges(calendarBody(changes), 'calendar'),
  }),
  objectKey: 'calendar',
  notFoundMessage: (input) => notFound('calendar', input.calendarId),
  sample: calendarSample,
  outputFields: calendarOutputFields,
});
