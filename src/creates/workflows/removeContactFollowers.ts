import { createAction } from '../../factories/actions';
import { contactNotFound, followersResult } from '../../fields/business';
import { contactId, userIds } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const fields = inputs({
  contactId: contactId({ required: true }),
  userIds: userIds({ label: 'Followers', helpText: 'Users who will stop following the contact. Choose them, or map HighLevel user IDs (one per item).', required: true }),
});

/** DELETE /contacts/{contactId}/followers with the JSON body `{followers: userId[]}`. */
export default createAction({
  key: 'remove_contact_followers',
  noun: 'Contact Followers',
  label: 'Remove Contact Followers',
  description: 'Removes users from the followers of a contact.',
  inputs: fields,
  request: (input) => ({ method: 'DELETE', path: apiPath`/contacts/${input.contactId}/followers`, body: { followers: input.userIds } }),
  result: (response, input) => followersResult(response, input.contactId, 'followersRemoved'),
  notFoundMessage: contactNotFound,
  sample: { contactId: 'sx6wyHhbFdRXh302Lunr', followers: ['Mx6wyHhbFdRXh302Luer'], followersRemoved: ['Ka6wyHhbFdRXh302LLsAm'] },
  outputFields: [
    { key: 'contactId', label: 'Contact ID' },
    { key: 'followers', label: 'Remaining Followers (user IDs)', list: true },
    { key: 'followersRemoved', label: 'Followers Removed (user IDs)', list: true },
  ],
});
