import { changeIdOutput } from '../../fields/contactActivity';
import { requireAgencyConnection } from '../../connection';
import { watchTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

const LABEL = 'Get Company';

/** GET /companies/{companyId} for the connection's agency. Agency connections only (HighLevel refuses sub-account tokens). */
export default watchTrigger({
  key: 'get_company',
  noun: 'Company',
  label: LABEL,
  description: 'Triggers when the agency (company) of the connection is first seen and each time its details change. Needs an agency-level connection.',
  inputs: inputs({}),
  request: (_input, { bundle, connection }) => {
    requireAgencyConnection(bundle, LABEL);
    return { method: 'GET', path: apiPath`/companies/${connection.companyId}` };
  },
  objectKey: 'company',
  recordIdKey: 'companyId',
  sample: {
    id: 'seD4PfOuKoVMLkEZqohJ:3f2a9c1b7d40',
    companyId: 'seD4PfOuKoVMLkEZqohJ',
    name: 'Tesla inc',
    email: 'john@deo.com',
    phone: '+1202-555-0107',
    website: 'https://www.tesla.com',
    domain: 'https://app.myawesomedomain.com',
    address: '3500 Deer Creek Road',
    city: 'Palo Alto',
    state: 'CA',
    postalCode: '94304',
    country: 'US',
    timezone: 'US/Central',
    customerType: 'agency',
    status: 'active-trial',
    plan: 1,
    locationCount: 10,
    isReselling: true,
  },
  outputFields: [
    { key: 'companyId', label: 'Company ID' },
    changeIdOutput('company'),
    { key: 'name', label: 'Name' },
    { key: 'email', label: 'Email' },
    { key: 'phone', label: 'Phone' },
    { key: 'website', label: 'Website' },
    { key: 'domain', label: 'Domain' },
    { key: 'address', label: 'Address' },
    { key: 'city', label: 'City' },
    { key: 'state', label: 'State' },
    { key: 'postalCode', label: 'Postal Code' },
    { key: 'country', label: 'Country' },
    { key: 'timezone', label: 'Time Zone' },
    { key: 'status', label: 'Status' },
    { key: 'plan', label: 'Plan', type: 'number' },
    { key: 'locationCount', label: 'Number of Locations', type: 'integer' },
  ],
});
