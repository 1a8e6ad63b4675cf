import { createAction } from '../../factories/actions';
import { userIds } from '../../fields/dropdowns';
import { boolean, inputs, invalidInput } from '../../fields/kit';
import { notFoundOpportunity, opportunityId } from '../../fields/opportunity';
import { apiPath } from '../../http/path';

const fields = inputs({
  opportunityId: opportunityId({ required: true }),
  userIds: userIds({ label: 'Followers', helpText: 'Users to remove as followers. Choose them, or map HighLevel user IDs (one per item).' }),
  removeAll: boolean({ label: 'Remove All Followers', helpText: 'Yes removes every follower of the opportunity, whatever is chosen above.' }),
});

/** DELETE /opportunities/{id}/followers with `{followers: [...]}` (and `?isRemoveAllFollowers=true` to clear them all). */
export default createAction({
  key: 'remove_opportunity_followers',
  noun: 'Follower',
  label: 'Remove Followers',
  description: 'Removes users (or every user) from the followers of an opportunity.',
  inputs: fields,
  request: (input) => {
    if (!input.userIds?.length && !input.removeAll) {
      throw invalidInput(['Choose the Followers (userIds) to remove, or set Remove All Followers (removeAll) to yes.']);
    }
    return {
      method: 'DELETE',
      path: apiPath`/opportunities/${input.opportunityId}/followers`,
      query: input.removeAll ? { isRemoveAllFollowers: true } : undefined,
      body: { followers: input.userIds ?? [] },
    };
  },
  result: (response, input) => {
    const answer = response as { followers?: unknown; followersRemoved?: unknown };
    return { id: input.opportunityId, followers: answer.followers ?? [], followersRemoved: answer.followersRemoved ?? input.userIds ?? [] };
  },
  notFoundMessage: notFoundOpportunity,
  sample: { id: 'yWQobCRIhRguQtD2llvk', followers: ['sx6wyHhbFdRXh302Lunr'], followersRemoved: ['Mx6wyHhbFdRXh302Luer'] },
  outputFields: [
    { key: 'id', label: 'Opportunity ID' },
    { key: 'followers', label: 'Remaining Follower User IDs', list: true },
    { key: 'followersRemoved', label: 'Removed Follower User IDs', list: true },
  ],
});
