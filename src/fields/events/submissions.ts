import type { Bundle, PlainOutputField, ZObject } from 'zapier-platform-core';
import type { Context, Json } from '../../factories/common';
import type { ApiPath } from '../../http/path';
import { fetchCustomFields } from '../customFields';
import { dayFromNow, isoOf, PAGE_BUDGET, PAGE_SIZE, readPages } from './common';

/**
 * Form and survey submissions (GET /forms/submissions, GET /surveys/submissions): `page` + `limit` (≤ 100) within a
 * `startAt`/`endAt` day window. Each poll asks for the submissions of yesterday and today (UTC) and reads at most
 * PAGE_BUDGET pages of them, so a new submission is seen whatever order HighLevel lists them in (the Activepieces
 * LeadConnector piece's New Form Submission trigger treats the first item as the newest: LAST_ITEM dedupe).
 */

export const SUBMISSION_WINDOW_DAYS = 1;
export const SUBMISSION_LIMIT = `Each check reads the submissions of yesterday and today, up to ${PAGE_BUDGET * PAGE_SIZE} of them.`;

export const loadSubmissions = (context: Context, path: ApiPath, filter: Json): Promise<Json[]> => {
  const now = Date.now();
  return readPages(context, 'submissions', (page) => ({
    method: 'GET',
    path,
    query: {
      locationId: context.connection.locationId,
      ...filter,
      startAt: dayFromNow(-SUBMISSION_WINDOW_DAYS, now),
      endAt: dayFromNow(0, now),
      page: page + 1,
      limit: PAGE_SIZE,
    },
  }));
};

/** `createdAt` as ISO 8601 with a zone (HighLevel's value kept when it already is). */
export const withSubmissionTimes = (submission: Json): Json => ({ ...submission, createdAt: isoOf(submission.createdAt) ?? submission.createdAt });

/** The answers every form has, under HighLevel's keys in `others`. */
const STANDARD_ANSWERS: PlainOutputField[] = [
  { key: 'others__full_name', label: 'Answer: Full Name' },
  { key: 'others__first_name', label: 'Answer: First Name' },
  { key: 'others__last_name', label: 'Answer: Last Name' },
  { key: 'others__email', label: 'Answer: Email' },
  { key: 'others__phone', label: 'Answer: Phone' },
  { key: 'others__address1', label: 'Answer: Street Address' },
  { key: 'others__city', label: 'Answer: City' },
  { key: 'others__postal_code', label: 'Answer: Postal Code' },
  { key: 'others__organization', label: 'Answer: Company Name' },
];

/**
 * Answers to custom questions are keyed by the custom field's id in `others`: label them with the sub-account's contact
 * custom fields (cached per connection, src/fields/customFields.ts).
 */
export const answerOutputFields = async (z: ZObject, bundle: Bundle): Promise<PlainOutputField[]> => [
  ...STANDARD_ANSWERS,
  ...(await fetchCustomFields(z, bundle, 'contact')).map((field) => ({ key: `others__${field.id}`, label: `Answer: ${field.name ?? field.fieldKey ?? field.id}` })),
];

export const submissionOutputFields = (parent: 'formId' | 'surveyId', parentLabel: string): PlainOutputField[] => [
  { key: 'id', label: 'Submission ID' },
  { key: 'submissionId', label: 'Submission ID (HighLevel)' },
  { key: parent, label: `${parentLabel} ID` },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'name', label: 'Name' },
  { key: 'email', label: 'Email' },
  { key: 'createdAt', label: 'Submitted At', type: 'datetime' },
];

/** Shaped like FormsSubmissionsSubmissionsSchema (apps/forms.json): the answers in `others`, custom questions by field id. */
export const submissionSample = {
  id: '38303ec7-629a-49e2-888a-cf8bf0b1f97e',
  submissionId: '38303ec7-629a-49e2-888a-cf8bf0b1f97e',
  contactId: 'DWQ45t2IPVxi9LDu1wBl',
  createdAt: '2026-11-29T16:07:04.000Z',
  name: 'Rosan Deo',
  email: 'rosan@deos.com',
  others: {
    full_name: 'Rosan Deo',
    email: 'rosan@deos.com',
    phone: '+18888888888',
    MgobCB14YMVKuE4Ka8p1: 'Kitchen renovation',
    eventData: { source: 'Direct traffic', url_params: {}, page: { url: 'https://example.com/contact', title: 'Contact us' } },
  },
};
