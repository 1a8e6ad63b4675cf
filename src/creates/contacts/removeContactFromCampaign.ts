import { createAction } from '../../factories/actions';
import { campaignSample, theContact } from '../../fields/contactActions';
import { campaignId } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** DELETE /contacts/{contactId}/campaigns/{campaignId}. */
export default createAction({
  key: 'remove_contact_from_campaign',
  noun: 'Campaign',
  label: 'Remove from Campaign',
  description: 'Removes a contact from a campaign, stopping the campaign’s remaining steps for that contact.',
  inputs: inputs({ contactId: theContact(), campaignId: campaignId({ required: true }) }),
  request: (input) => ({ method: 'DELETE', path: apiPath`/contacts/${input.contactId}/campaigns/${input.campaignId}` }),
  result: (_response, input) => ({ contactId: input.contactId, campaignId: input.campaignId, removed: true }),
  notFoundMessage: (input) =>
    `The contact ${input.contactId} or the campaign ${input.campaignId} was not found in HighLevel. The contact may already be removed from it, or deleted.`,
  sample: { ...campaignSample, removed: true },
  outputFields: [
    { key: 'contactId', label: 'Contact ID' },
    { key: 'campaignId', label: 'Campaign ID' },
    { key: 'removed', label: 'Removed', type: 'boolean' },
  ],
});
