import { createAction } from '../../factories/actions';
import { resourceInputs, resourceOutputFields, resourceSample } from '../../fields/calendarActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** POST /calendars/resources/{resourceType} (rooms | equipments; CreateCalendarResourceDTO requires every field). */
export default createAction({
  key: 'create_calendar_resource',
  noun: 'Calendar Resource',
  label: 'Create Calendar Resource',
  description: 'Creates a room or a piece of equipment that service calendars can book.',
  inputs: inputs(resourceInputs),
  request: ({ resourceType, ...resource }, { connection }) => ({
    method: 'POST',
    path: apiPath`/calendars/resources/${resourceType}`,
    body: { locationId: connection.locationId, ...resource },
  }),
  // The spec's answer has no id field; HighLevel's `_id`/`id` is passed on when present.
  result: (response) => {
    const resource = (response ?? {}) as Record<string, unknown>;
    const id = resource.id ?? resource._id;
    return id === undefined ? resource : { ...resource, id };
  },
  sample: { id: '66f1d6e2c2a3b4d5e6f7a8c0', ...resourceSample },
  outputFields: resourceOutputFields,
});
