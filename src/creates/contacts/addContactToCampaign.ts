import { createAction } from '../../factories/actions';
import { campaignSample, theContact } from '../../fields/contactActions';
import { campaignId } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** POST /contacts/{contactId}/campaigns/{campaignId}; the spec requires a JSON body with no properties: `{}`. */
export default createAction({
  key: 'add_contact_to_campaign',
  noun: 'Campaign',
  label: 'Add Contact to Campaign',
  description: 'Adds a contact to a campaign, which starts the campaign’s steps for that contact.',
  inputs: inputs({ contactId: theContact(), campaignId: campaignId({ required: true }) }),
  request: (input) => ({ method: 'POST', path: apiPath`/contacts/${input.contactId}/campaigns/${input.campaignId}`, body: {} }),
  result: (_response, input) => ({ contactId: input.contactId, campaignId: input.campaignId, added: true }),
  notFoundMessage: (input) => `The contact ${input.contactId} or the campaign ${input.campaignId} was not found in HighLevel.`,
  sample: { ...campaignSample, added: true },
  outputFields: [
    { key: 'contactId', label: 'Contact ID' },
    { key: 'campaignId', label: 'Campaign ID' },
    { key: 'added', label: 'Added', type: 'boolean' },
  ],
});
