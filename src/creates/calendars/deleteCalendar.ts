import { createAction, deleted } from '../../factories/actions';
import { deletedOutputFields, deletedSample, notFound } from '../../fields/calendarActions';
import { calendarId } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** DELETE /calendars/{calendarId}; HighLevel answers {success}, the result carries the id. */
export default createAction({
  key: 'delete_calendar',
  noun: 'Calendar',
  label: 'Delete Calendar',
  description: 'Deletes a calendar. This cannot be undone.',
  inputs: inputs({ calendarId: calendarId({ required: true }) }),
  request: (input) => ({ method: 'DELETE', path: apiPath`/calendars/${input.calendarId}` }),
  result: deleted((input) => input.calendarId),
  notFoundMessage: (input) => notFound('calendar', input.calendarId),
  sample: deletedSample,
  outputFields: deletedOutputFields('Calendar'),
});
