import type { Json } from '../factories/common';
import { id, string, text } from './kit';

/**
 * Custom values: the sub-account's named values used in templates and funnels as `{{ custom_values.x }}`
 * (GET/POST /locations/{locationId}/customValues, PUT /locations/{locationId}/customValues/{id}; CustomValueSchema).
 */

export const customValueId = <O extends { label?: string; helpText?: string; required?: boolean }>(options: O = {} as O) =>
  id({
    label: 'Custom Value',
    helpText: 'A custom value of the sub-account. Choose one, search for one, or map a HighLevel custom value ID.',
    dynamic: 'dropdown_custom_values.id.name',
    search: 'find_custom_value.id',
    ...options,
  });

export const customValueName = <O extends { label?: string; helpText?: string; required?: boolean }>(options: O = {} as O) =>
  string({ label: 'Name', helpText: 'The custom value’s name, such as "Office Phone". HighLevel derives its merge field from it.', ...options });

export const customValueText = <O extends { label?: string; helpText?: string; required?: boolean }>(options: O = {} as O) =>
  text({ label: 'Value', helpText: 'What the custom value holds: text, a link, a phone number…', ...options });

export const customValueSample: Json = {
  id: 'rWQ709Pb62syqGLceg1x',
  name: 'Office Phone',
  fieldKey: '{{ custom_values.office_phone }}',
  value: '+1 512 555 0100',
  locationId: 've9EPM428h8vShlRW1KT',
};

export const customValueOutputFields = [
  { key: 'id', label: 'Custom Value ID' },
  { key: 'name', label: 'Name' },
  { key: 'fieldKey', label: 'Merge Field' },
  { key: 'value', label: 'Value' },
  { key: 'locationId', label: 'Sub-account' },
];

/** HighLevel answers a create/update/get with `{customValue: {...}}` (spec CustomValueIdSuccessfulResponseDto). */
export const CUSTOM_VALUE_KEYS = ['customValue'] as const;

const normalized = (value: unknown): string => String(value ?? '').trim().toLowerCase();
/** `{{ custom_values.office_phone }}`, `custom_values.office_phone` and `office_phone` all name the same merge field. */
const mergeKey = (value: unknown): string => normalized(value).replace(/^\{\{\s*|\s*\}\}$/g, '').replace(/^custom_values\./, '');

/**
 * The custom values a name (or merge field) names: exact name first (same case before other case), then the one whose
 * merge field matches. Partial names are not matches: Find or Create must not mistake "Phone" for "Office Phone".
 */
export const matchingCustomValues = (values: Json[], wanted: string): Json[] => {
  const score = (value: Json): number =>
    String(value.name ?? '').trim() === wanted.trim() ? 0 : normalized(value.name) === normalized(wanted) ? 1 : mergeKey(value.fieldKey) === mergeKey(wanted) ? 2 : 3;
  return values
    .map((value, index) => ({ value, index, score: score(value) }))
    .filter(({ score: rank }) => rank < 3)
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map(({ value }) => value);
};
