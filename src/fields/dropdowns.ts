import { id, list } from './kit';

/**
 * Inputs that take an id of something HighLevel can list: a dropdown fed by a hidden trigger
 * (`src/triggers/dropdowns`), so users pick by name instead of hunting for ids.
 */

type IdOptions = { label?: string; helpText?: string; required?: boolean; altersDynamicFields?: boolean };

export const userId = <O extends IdOptions>(options: O = {} as O) =>
  id({
    label: 'User',
    helpText: 'A user of the sub-account. Choose one, search for one, or map a HighLevel user ID.',
    dynamic: 'dropdown_users.id.name',
    search: 'find_user.id',
    ...options,
  });

export const userIds = <O extends IdOptions>(options: O = {} as O) =>
  list(userId(), { label: 'Users', helpText: 'Users of the sub-account. Choose them, or map HighLevel user IDs.', splitCommas: true, ...options });

export const customFieldId = <O extends IdOptions>(options: O = {} as O) =>
  id({ label: 'Custom Field', helpText: 'A custom field of the sub-account.', dynamic: 'dropdown_custom_fields.id.name', ...options });

export const contactId = <O extends IdOptions>(options: O = {} as O) =>
  id({
    label: 'Contact',
    helpText: 'Choose a contact, search for one, or map a HighLevel contact ID.',
    dynamic: 'dropdown_contacts.id.name',
    search: 'find_contact.id',
    ...options,
  });

export const contactIds = <O extends IdOptions>(options: O = {} as O) =>
  list(contactId(), { label: 'Contacts', helpText: 'Contacts by HighLevel contact ID (one per item).', ...options });

export const pipelineId = <O extends IdOptions>(options: O = {} as O) =>
  id({ label: 'Pipeline', helpText: 'An opportunity pipeline.', dynamic: 'dropdown_pipelines.id.name', altersDynamicFields: true, ...options });

/** Pair with `pipelineId` in the same operation: the dropdown lists that pipeline's stages. */
export const pipelineStageId = <O extends IdOptions>(options: O = {} as O) =>
  id({ label: 'Stage', helpText: 'A stage of the chosen pipeline.', dynamic: 'dropdown_pipeline_stages.id.name', ...options });

export const calendarId = <O extends IdOptions>(options: O = {} as O) =>
  id({ label: 'Calendar', helpText: 'A calendar of the sub-account.', dynamic: 'dropdown_calendars.id.name', ...options });

export const calendarGroupId = <O extends IdOptions>(options: O = {} as O) =>
  id({ label: 'Calendar Group', helpText: 'A calendar group of the sub-account.', dynamic: 'dropdown_calendar_groups.id.name', ...options });

export const campaignId = <O extends IdOptions>(options: O = {} as O) =>
  id({ label: 'Campaign', helpText: 'A campaign of the sub-account.', dynamic: 'dropdown_campaigns.id.name', ...options });

export const workflowId = <O extends IdOptions>(options: O = {} as O) =>
  id({ label: 'Workflow', helpText: 'A workflow of the sub-account.', dynamic: 'dropdown_workflows.id.name', ...options });

export const businessId = <O extends IdOptions>(options: O = {} as O) =>
  id({ label: 'Business', helpText: 'A business (company record) of the sub-account.', dynamic: 'dropdown_businesses.id.name', ...options });
