import { createAction, deleted } from '../../factories/actions';
import { deletedOutputFields, deletedSample, notFound, resourceIdInput, resourceTypeInput } from '../../fields/calendarActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** DELETE /calendars/resources/{resourceType}/{id}; HighLevel answers {success}. */
export default createAction({
  key: 'delete_calendar_resource',
  noun: 'Calendar Resource',
  label: 'Delete Calendar Resource',
  description: 'Deletes a room or a piece of equipment. This cannot be undone.',
  inputs: inputs({ resourceType: resourceTypeInput, id: resourceIdInput }),
  request: (input) => ({ method: 'DELETE', path: apiPath`/calendars/resources/${input.resourceType}/${input.id}` }),
  result: deleted((input) => input.id),
  notFoundMessage: (input) => notFound(input.resourceType === 'rooms' ? 'room' : 'equipment', input.id),
  sample: deletedSample,
  outputFields: deletedOutputFields('Resource'),
});
