import { createAction } from '../../factories/actions';
import { notFound, resourceOutputFields, resourceSample, resourceUpdateInputs } from '../../fields/calendarActions';
import { compact, inputs, requireChanges } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** PUT /calendars/resources/{resourceType}/{id} (UpdateCalendarResourceDTO, nothing required) with only the mapped fields. */
export default createAction({
  key: 'update_calendar_resource',
  noun: 'Calendar Resource',
  label: 'Update Calendar Resource',
  description: 'Updates a room or a piece of equipment, changing only the fields you map.',
  inputs: inputs(resourceUpdateInputs),
  request: ({ resourceType, id, ...changes }) => ({
    method: 'PUT',
    path: apiPath`/calendars/resources/${resourceType}/${id}`,
    body: requireChanges(compact(changes), 'resource'),
  }),
  result: (response, input) => ({ ...((response ?? {}) as object), id: input.id }),
  notFoundMessage: (input) => notFound(input.resourceType === 'rooms' ? 'room' : 'equipment', input.id),
  sample: { id: '66f1d6e2c2a3b4d5e6f7a8c0', ...resourceSample },
  outputFields: resourceOutputFields,
});
