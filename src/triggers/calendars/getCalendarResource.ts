import { watchTrigger } from '../../factories/triggers';
import { resourceOutputFields, resourceSample } from '../../fields/calendarActions';
import { resourceTypeInput } from '../../fields/calendarTriggers';
import { id, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /calendars/resources/{resourceType}/{id}: the resource at the root; its id is the one asked for. */
export default watchTrigger({
  key: 'get_calendar_resource',
  noun: 'Calendar Resource',
  label: 'Get Calendar Resource',
  description: 'Triggers when the chosen room or equipment is first found, and again each time it changes.',
  inputs: inputs({
    resourceType: resourceTypeInput('Is the resource a room or equipment?'),
    id: id({
      label: 'Resource',
      required: true,
      helpText: 'A resource of the chosen type. Choose one, or map a resource ID.',
      dynamic: 'dropdown_calendar_resources.id.name',
    }),
  }),
  request: (input) => ({ method: 'GET', path: apiPath`/calendars/resources/${input.resourceType}/${input.id}` }),
  mapItem: (resource, input) => ({ ...resource, id: input.id }),
  recordIdKey: 'resourceId',
  sample: { ...resourceSample, resourceId: '66f1d6e2c2a3b4d5e6f7a8c0', id: '66f1d6e2c2a3b4d5e6f7a8c0:8c1d4e7a2b90' },
  outputFields: [
    { key: 'resourceId', label: 'Resource ID' },
    { key: 'id', label: 'Change ID (resource + version)' },
    ...resourceOutputFields.slice(1),
  ],
});
