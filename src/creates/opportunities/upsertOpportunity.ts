import { createAction } from '../../factories/actions';
import { labelCustomFields } from '../../fields/customFields';
import { contactId, pipelineId, userIds } from '../../fields/dropdowns';
import { choice, inputs, invalidInput, string } from '../../fields/kit';
import {
  lostReasonId,
  OPPORTUNITY_STATUSES,
  opportunityId,
  opportunityOf,
  opportunityOutputFields,
  opportunitySample,
  opportunityWriteInputs,
} from '../../fields/opportunity';
import { apiPath } from '../../http/path';

const fields = inputs({
  opportunityId: opportunityId({
    label: 'Opportunity to Update',
    helpText: 'The opportunity to update. Leave empty to let HighLevel match the contact\'s opportunity in the pipeline (or create one).',
  }),
  contactId: contactId({
    helpText: 'The contact the opportunity is for: HighLevel matches an existing opportunity by contact and pipeline, and needs it to create one.',
  }),
  pipelineId: pipelineId({ required: true, helpText: 'The pipeline of the opportunity.' }),
  pipelineStageId: opportunityWriteInputs.pipelineStageId,
  name: string({ label: 'Opportunity Name', helpText: 'Needed when HighLevel creates the opportunity.' }),
  status: choice({ label: 'Status', values: OPPORTUNITY_STATUSES }),
  monetaryValue: opportunityWriteInputs.monetaryValue,
  assignedTo: opportunityWriteInputs.assignedTo,
  lostReasonId: lostReasonId(),
  followers: userIds({ label: 'Followers to Add', helpText: 'Users to add as followers of the opportunity. Existing followers are kept.' }),
});

type Input = ReturnType<typeof fields.parse>;

/**
 * The UpsertOpportunityDto body. The official spec requires `followers`, `isRemoveAllFollowers` and
 * `followersActionType`: they are always sent, as "add these followers (none when none are mapped), remove nobody",
 * which changes nothing when no follower is mapped. The spec has no `contactId` (highlevel-api.md §11): it is sent
 * because matching and creating need it.
 */
export const upsertBody = ({ opportunityId: id, followers, ...rest }: Input, locationId: string) => ({
  ...(id ? { id } : {}),
  locationId,
  ...rest,
  followers: followers ?? [],
  followersActionType: 'add',
  isRemoveAllFollowers: false,
});

/** POST /opportunities/upsert: answers `{opportunity, new}`; the result is the opportunity plus `new`. */
export default createAction({
  key: 'upsert_opportunity',
  noun: 'Opportunity',
  label: 'Upsert Opportunity',
  description:
    'Creates an opportunity, or updates it if it exists (the chosen one, or the contact’s opportunity in the pipeline). The result says whether it was new.',
  inputs: fields,
  request: (input, { connection }) => {
    if (!input.opportunityId && !input.contactId) {
      throw invalidInput(['Give the Opportunity to Update (opportunityId) or a Contact (contactId) to match or create the opportunity by.']);
    }
    return { method: 'POST', path: apiPath`/opportunities/upsert`, body: upsertBody(input, connection.locationId) };
  },
  result: (response) => ({ ...labelCustomFields(opportunityOf(response)), new: Boolean((response as { new?: unknown }).new) }),
  sample: { ...opportunitySample, new: true },
  outputFields: [...opportunityOutputFields, { key: 'new', label: 'Was Created (not updated)', type: 'boolean' }],
});
