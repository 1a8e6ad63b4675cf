import { createAction } from '../../factories/actions';
import { userIds } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { notFoundOpportunity, opportunityId } from '../../fields/opportunity';
import { apiPath } from '../../http/path';

const fields = inputs({
  opportunityId: opportunityId({ required: true }),
  userIds: userIds({ label: 'Followers', required: true, helpText: 'Users to add as followers. Choose them, or map HighLevel user IDs (one per item).' }),
});

/** POST /opportunities/{id}/followers with `{followers: [...]}`; answers `{followers, followersAdded}`. */
export default createAction({
  key: 'add_opportunity_followers',
  noun: 'Follower',
  label: 'Add Followers',
  description: 'Adds users as followers of an opportunity, so they are notified of its activity.',
  inputs: fields,
  request: (input) => ({ method: 'POST', path: apiPath`/opportunities/${input.opportunityId}/followers`, body: { followers: input.userIds } }),
  result: (response, input) => {
    const answer = response as { followers?: unknown; followersAdded?: unknown };
    return { id: input.opportunityId, followers: answer.followers ?? [], followersAdded: answer.followersAdded ?? [] };
  },
  notFoundMessage: notFoundOpportunity,
  sample: { id: 'yWQobCRIhRguQtD2llvk', followers: ['sx6wyHhbFdRXh302Lunr', 'Mx6wyHhbFdRXh302Luer'], followersAdded: ['Mx6wyHhbFdRXh302Luer'] },
  outputFields: [
    { key: 'id', label: 'Opportunity ID' },
    { key: 'followers', label: 'All Follower User IDs', list: true },
    { key: 'followersAdded', label: 'Added Follower User IDs', list: true },
  ],
});
