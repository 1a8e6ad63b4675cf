import { id, list } from './kit';

/**
 * Inputs that take an id of something HighLevel can list: a dropdown fed by a hidden trigger
 * (`src/triggers/dropdowns`), so users pick by name instead of hunting for ids.
 */

type IdOptions = { label?: string; helpText?: string; required?: boolean; altersDynamicFields?: boolean };

export const userId = <O extends IdOptions>(options: O = {} as O) =>
  id({
    label: 'User',
    helpText: 'A user of the sub-account. Choose one, or map a HighLevel user ID.',
    dynamic: 'dropdown_users.id.name',
    ...options,
  });

export const userIds = <O extends IdOptions>(options: O = {} as O) =>
  list(userId(), { label: 'Users', helpText: 'Users of the sub-account. Choose them, or map HighLevel user IDs.', splitCommas: true, ...options });

export const customFieldId = <O extends IdOptions>(options: O = {} as O) =>
  id({ label: 'Custom Field', helpText: 'A custom field of the sub-account.', dynamic: 'dropdown_custom_fields.id.name', ...options });
