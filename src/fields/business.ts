import type { PlainOutputField } from 'zapier-platform-core';
import type { Json } from '../factories/common';
import { contactId, workflowId } from './dropdowns';
import { datetime, email, phone, string } from './kit';

/**
 * Shared shapes of the Businesses and Workflows & Campaigns categories: business inputs, sample and output
 * fields; the unwrapping of HighLevel's misspelled `buiseness` answer; the contact + workflow inputs shared by
 * Add Contact to Workflow and Remove from Workflow.
 */

// ---------- businesses ----------

/** The writable fields of a business (CreateBusinessDto / UpdateBusinessDto), `name` optional here. */
export const businessWriteInputs = {
  name: string({ label: 'Name', helpText: 'The business name, such as "Acme Inc".' }),
  email: email({ label: 'Email', helpText: 'The business email address, such as info@acme.com.' }),
  phone: phone({ label: 'Phone', helpText: 'In international form, such as +1 555 123 4567.' }),
  website: string({ label: 'Website', helpText: 'The business website, such as `www.acme.com` or `https://acme.com`.' }),
  address: string({ label: 'Street Address' }),
  city: string({ label: 'City' }),
  state: string({ label: 'State / Region' }),
  postalCode: string({ label: 'Postal Code' }),
  country: string({ label: 'Country', helpText: 'Such as US or United States.' }),
  description: string({ label: 'Description', helpText: 'A short description of the business.' }),
};

/** Create requires the name (CreateBusinessDto `required: [name, locationId]`). */
export const businessCreateInputs = {
  ...businessWriteInputs,
  name: string({ label: 'Name', helpText: 'The business name, such as "Acme Inc".', required: true }),
};

export const businessSample = {
  id: '63771dcac1116f0e21de8e12',
  name: 'Microsoft',
  phone: '+18832327657',
  email: 'abc@microsoft.com',
  website: 'microsoft.com',
  address: '1 Microsoft Way',
  city: 'Redmond',
  state: 'WA',
  postalCode: '98052',
  country: 'united states',
  description: 'Software company',
  locationId: '5DP4iH6HLkQsiKESj6rh',
  createdAt: '2026-01-15T10:20:30.000Z',
  updatedAt: '2026-01-20T08:00:00.000Z',
};

export const businessOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Business ID' },
  { key: 'name', label: 'Name' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'website', label: 'Website' },
  { key: 'address', label: 'Street Address' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State / Region' },
  { key: 'postalCode', label: 'Postal Code' },
  { key: 'country', label: 'Country' },
  { key: 'description', label: 'Description' },
  { key: 'locationId', label: 'Sub-account' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
];

const isObject = (value: unknown): value is Json => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/**
 * The business in a create/update answer: HighLevel wraps it as `buiseness` (sic, UpdateBusinessResponseDto);
 * `business` is accepted too, and a bare business object is returned as is. `success` is dropped.
 */
export const businessOf = (response: unknown): Json => {
  if (!isObject(response)) return {};
  const wrapped = response.buiseness ?? response.business;
  if (isObject(wrapped)) return wrapped;
  const { success: _success, ...rest } = response;
  return rest;
};

// ---------- contacts in workflows ----------

/** The contact and the workflow of Add Contact to Workflow / Remove from Workflow. */
export const contactWorkflowInputs = {
  contactId: contactId({ required: true }),
  workflowId: workflowId({ required: true }),
};

export const eventStartTimeInput = datetime({
  label: 'Event Start Time',
  helpText:
    'Optional. The event date and time the workflow counts from (for workflows with steps relative to an event), such as 2026-06-23T03:30:00+01:00. Sent to HighLevel as an ISO 8601 date and time.',
  as: 'iso',
});

export const workflowMembershipOutputFields: PlainOutputField[] = [
  { key: 'contactId', label: 'Contact ID' },
  { key: 'workflowId', label: 'Workflow ID' },
  { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
];

/** HighLevel answers `{succeded: true}` (sic); keep the ids a later step needs. */
export const workflowMembershipResult = (response: unknown, input: { contactId: string; workflowId: string }): Json => {
  const answer = isObject(response) ? response : {};
  const succeeded = answer.succeded ?? answer.succeeded ?? answer.success;
  return { contactId: input.contactId, workflowId: input.workflowId, succeeded: typeof succeeded === 'boolean' ? succeeded : true };
};

export const contactWorkflowNotFound = (input: { contactId?: string; workflowId?: string }): string =>
  `HighLevel found no contact ${input.contactId ?? ''} or no workflow ${input.workflowId ?? ''}: check both still exist in the sub-account.`;

// ---------- contact followers ----------

export const followersResult = (response: unknown, contact: string, changedKey: 'followersAdded' | 'followersRemoved'): Json => {
  const answer = isObject(response) ? response : {};
  const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
  return { contactId: contact, followers: asList(answer.followers), [changedKey]: asList(answer[changedKey]) };
};

export const contactNotFound = (input: { contactId?: string }): string =>
  `HighLevel found no contact ${input.contactId ?? ''}: it may have been deleted. Check the contact still exists in the sub-account.`;
