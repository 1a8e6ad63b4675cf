import { watchTrigger } from '../../factories/triggers';
import { contactOutputFields, contactSample } from '../../fields/contact';
import { watchOutputFields, watchSample } from '../../fields/contactActivity';
import { customFieldOutputs, labelCustomFields } from '../../fields/customFields';
import { contactId } from '../../fields/dropdowns';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /contacts/{contactId}: fires when the contact appears and again each time its dateUpdated changes. */
export default watchTrigger({
  key: 'get_contact',
  noun: 'Contact',
  label: 'Get Contact',
  description: 'Triggers when the chosen contact is first found and again each time it is updated.',
  inputs: inputs({ contactId: contactId({ required: true, helpText: 'The contact to watch. Choose one, search for one, or map a HighLevel contact ID.' }) }),
  request: (input) => ({ method: 'GET', path: apiPath`/contacts/${input.contactId}` }),
  objectKey: 'contact',
  recordIdKey: 'contactId',
  mapItem: labelCustomFields,
  sample: watchSample(contactSample, 'contactId'),
  outputFields: [...watchOutputFields(contactOutputFields, 'contactId'), customFieldOutputs('contact')],
});
