import { createAction } from '../../factories/actions';
import { theContact } from '../../fields/contactActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** DELETE /contacts/{contactId}/campaigns/removeAll (the v2 literal segment; v3 calls it `remove-all`). */
export default createAction({
  key: 'remove_contact_from_all_campaigns',
  noun: 'Campaign',
  label: 'Remove from All Campaigns',
  description: 'Removes a contact from every campaign it is in.',
  inputs: inputs({ contactId: theContact() }),
  request: (input) => ({ method: 'DELETE', path: apiPath`/contacts/${input.contactId}/campaigns/removeAll` }),
  result: (_response, input) => ({ contactId: input.contactId, removedFromAllCampaigns: true }),
  notFoundMessage: (input) => `The contact ${input.contactId} was not found in HighLevel. It may have been deleted.`,
  sample: { contactId: 'seD4PfOuKoVMLkEZqohJ', removedFromAllCampaigns: true },
  outputFields: [
    { key: 'contactId', label: 'Contact ID' },
    { key: 'removedFromAllCampaigns', label: 'Removed from All Campaigns', type: 'boolean' },
  ],
});
