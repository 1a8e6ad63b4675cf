import { createAction } from '../../factories/actions';
import { groupSlugInput } from '../../fields/calendarActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** POST /calendars/groups/validate-slug with {locationId, slug}: a check, answered {available}. */
export default createAction({
  key: 'validate_calendar_group_slug',
  noun: 'Group Slug',
  label: 'Validate Group Slug',
  description: 'Checks whether a calendar group slug is still available in the sub-account (nothing is created).',
  inputs: inputs({ slug: groupSlugInput }),
  request: (input, { connection }) => ({
    method: 'POST',
    path: apiPath`/calendars/groups/validate-slug`,
    body: { locationId: connection.locationId, slug: input.slug },
  }),
  result: (response, input) => ({ ...(response as object), slug: input.slug, available: (response as { available?: unknown }).available === true }),
  sample: { slug: 'sales-team', available: true },
  outputFields: [
    { key: 'slug', label: 'Slug' },
    { key: 'available', label: 'Available', type: 'boolean' },
  ],
});
