import { requireAgencyConnection } from '../../connection';
import { createAction } from '../../factories/actions';
import { COUNTRIES } from '../../fields/countries';
import { boolean, choice, email, id, inputs, invalidInput, phone, string, timezone, url } from '../../fields/kit';
import { locationOutputFields, locationSample } from '../../fields/other';
import { apiPath } from '../../http/path';

const LABEL = 'Create Location';

const fields = inputs({
  name: string({ label: 'Name', helpText: 'The name of the business of the new sub-account.', required: true }),
  phone: phone({ label: 'Phone', helpText: 'Business phone number, such as +1 410 039 9940.' }),
  address: string({ label: 'Address', helpText: 'Street address.' }),
  city: string({ label: 'City' }),
  state: string({ label: 'State' }),
  postalCode: string({ label: 'Postal Code' }),
  country: choice({ label: 'Country', helpText: 'Two-letter country code, such as US.', values: COUNTRIES }),
  website: url({ label: 'Website', helpText: 'Business website, starting with `https://`.' }),
  timezone: timezone({ label: 'Time Zone', helpText: 'Time zone of the business, such as America/Chicago.' }),
  prospectFirstName: string({ label: 'Prospect First Name', helpText: 'First name of the prospect (the client). Give first name, last name and email together.' }),
  prospectLastName: string({ label: 'Prospect Last Name' }),
  prospectEmail: email({ label: 'Prospect Email' }),
  snapshotId: id({ label: 'Snapshot', dynamic: 'dropdown_snapshots.id.name', helpText: 'A snapshot of the agency to load into the new sub-account.' }),
  allowDuplicateContact: boolean({ label: 'Allow Duplicate Contacts', helpText: 'Whether contacts with the same email or phone may exist twice.' }),
  allowDuplicateOpportunity: boolean({ label: 'Allow Duplicate Opportunities' }),
});

type Input = ReturnType<typeof fields.parse>;


/** `CreateLocationDto`: the flat inputs, `prospectInfo` and `settings` rebuilt as objects, `companyId` from the connection. */
export const createLocationBody = (input: Input, companyId: string): Record<string, unknown> => {
  const { prospectFirstName, prospectLastName, prospectEmail, allowDuplicateContact, allowDuplicateOpportunity, ...rest } = input;
  const prospect = { firstName: prospectFirstName, lastName: prospectLastName, email: prospectEmail };
  const settings = { allowDuplicateContact, allowDuplicateOpportunity };
  const some = (value: Record<string, unknown>) => Object.values(value).some((entry) => entry !== undefined);
  if (some(prospect) && !Object.values(prospect).every((entry) => entry !== undefined)) {
    throw invalidInput([
      'HighLevel needs the prospect\'s first name, last name and email together: give Prospect First Name (prospectFirstName), Prospect Last Name (prospectLastName) and Prospect Email (prospectEmail), or none of them.',
    ]);
  }
  return {
    ...rest,
    companyId,
    ...(some(prospect) ? { prospectInfo: prospect } : {}),
    ...(some(settings) ? { settings } : {}),
  };
};

/** POST /locations/: agency connections only (Agency Pro plan); a sub-account connection is refused before any request. */
export default createAction({
  key: 'create_location',
  noun: 'Location',
  label: LABEL,
  description: 'Creates a new location (sub-account) in the agency. Needs an agency-level connection and the Agency Pro plan.',
  inputs: fields,
  request: (input, { bundle, connection }) => {
    requireAgencyConnection(bundle, LABEL);
    return { method: 'POST', path: apiPath`/locations/`, body: createLocationBody(input, connection.companyId) };
  },
  sample: locationSample,
  outputFields: locationOutputFields,
});
