import { createAction } from '../../factories/actions';
import { contactNotFound, followersResult } from '../../fields/business';
import { contactId, userIds } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const fields = inputs({
  contactId: contactId({ required: true }),
  userIds: userIds({ label: 'Followers', helpText: 'Users who will follow the contact. Choose them, or map HighLevel user IDs (one per item).', required: true }),
});

/** POST /contacts/{contactId}/followers with `{followers: userId[]}`. */
export default createAction({
  key: 'add_contact_followers',
  noun: 'Contact Followers',
  label: 'Add Contact Followers',
  description: 'Adds users as followers of a contact.',
  inputs: fields,
  request: (input) => ({ method: 'POST', path: apiPath`/contacts/${input.contactId}/followers`, body: { followers: input.userIds } }),
  result: (response, input) => followersResult(response, input.contactId, 'followersAdded'),
  notFoundMessage: contactNotFound,
  sample: { contactId: 'sx6wyHhbFdRXh302Lunr', followers: ['Mx6wyHhbFdRXh302Luer', 'Ka6wyHhbFdRXh302LLsAm'], followersAdded: ['Ka6wyHhbFdRXh302LLsAm'] },
  outputFields: [
    { key: 'contactId', label: 'Contact ID' },
    { key: 'followers', label: 'Followers (user IDs)', list: true },
    { key: 'followersAdded', label: 'Followers Added (user IDs)', list: true },
  ],
});
