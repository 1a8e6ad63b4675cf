import { errors } from 'zapier-platform-core';
import { createAction } from '../../factories/actions';
import { groupInputs, groupOutputFields, groupSample, notFound } from '../../fields/calendarActions';
import { calendarGroupId } from '../../fields/dropdowns';
import { inputs, optional, requireChanges } from '../../fields/kit';
import { callApi } from '../../http/client';
import { apiPath } from '../../http/path';

type Group = { id?: string; name?: string; description?: string; slug?: string };

/**
 * PUT /calendars/groups/{groupId}. HighLevel requires name, description and slug on every update, so the
 * ones left unmapped are filled from the group as it is (GET /calendars/groups; there is no single-group GET).
 */
export default createAction({
  key: 'update_calendar_group',
  noun: 'Calendar Group',
  label: 'Update Calendar Group',
  description: 'Updates the name, description or slug of a calendar group, keeping the values you leave empty.',
  inputs: inputs({ groupId: calendarGroupId({ required: true }), ...optional(groupInputs) }),
  request: async ({ groupId, ...changes }, { z, bundle, connection }) => {
    requireChanges(changes, 'calendar group');
    let current: Group = {};
    if (!changes.name || !changes.description || !changes.slug) {
      const listed = await callApi<{ groups?: Group[] }>(z, bundle, {
        method: 'GET',
        path: apiPath`/calendars/groups`,
        query: { locationId: connection.locationId },
      });
      const found = (listed.groups ?? []).find((group) => group.id === groupId);
      if (!found) throw new errors.Error(notFound('calendar group', groupId), 'NotFound', 404);
      current = found;
    }
    const body = { name: changes.name ?? current.name, description: changes.description ?? current.description, slug: changes.slug ?? current.slug };
    return { method: 'PUT', path: apiPath`/calendars/groups/${groupId}`, body };
  },
  objectKey: 'group',
  notFoundMessage: (input) => notFound('calendar group', input.groupId),
  sample: groupSample,
  outputFields: groupOutputFields,
});
