import type { OutputFields } from 'zapier-platform-core';
import type { Json } from '../factories/common';
import { choice, datetime, id, list, string, text, url } from './kit';
import { changeIdOutput } from './contactActivity';

/**
 * Shared shapes of the "Other Operations" category: locations, the agency company, associations and
 * relations (custom objects), blogs. Samples follow the spec examples; ids are made up.
 */

// ---------- paging ----------

/** Records read per poll / dropdown page where HighLevel takes skip/limit or limit/offset. */
export const PAGE_SIZE = 100;

// ---------- list answers HighLevel does not document ----------

/** Wrapper keys seen on association and relation lists (the spec reuses the single-record schema). */
export const LIST_KEYS = ['associations', 'relations', 'data'] as const;

const isRecord = (value: unknown): value is Json => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/**
 * Items of an association or relation list: an array under `associations`, `relations` or `data`,
 * or a bare array. Anything else (including a single record) gives `[]`.
 */
export const listItems = (response: unknown): Json[] => {
  const found = Array.isArray(response)
    ? response
    : isRecord(response)
      ? LIST_KEYS.map((key) => response[key]).find((value): value is unknown[] => Array.isArray(value))
      : undefined;
  return (found ?? []).filter(isRecord);
};

// ---------- dropdown inputs ----------

type IdOptions = { label?: string; helpText?: string; required?: boolean; altersDynamicFields?: boolean };

export const associationId = <O extends IdOptions>(options: O = {} as O) =>
  id({
    label: 'Association',
    helpText: 'An association (link type between two objects, such as contact ↔ custom object). Choose one, or map a HighLevel association ID.',
    dynamic: 'dropdown_associations.id.name',
    ...options,
  });

export const blogId = <O extends IdOptions>(options: O = {} as O) =>
  id({ label: 'Blog', helpText: 'A blog site of the sub-account. Choose one, or map a HighLevel blog ID.', dynamic: 'dropdown_blogs.id.name', ...options });

/** Pair with `blogId` in the same operation: the dropdown lists that blog's posts. */
export const blogPostId = <O extends IdOptions>(options: O = {} as O) =>
  id({
    label: 'Blog Post',
    helpText: 'A post of the chosen blog. Choose one, or map a HighLevel blog post ID (found in the post edit URL).',
    dynamic: 'dropdown_blog_posts.id.name',
    ...options,
  });

export const blogAuthorId = <O extends IdOptions>(options: O = {} as O) =>
  id({ label: 'Author', helpText: 'A blog author of the sub-account. Choose one, or map an author ID.', dynamic: 'dropdown_blog_authors.id.name', ...options });

export const blogCategoryIds = <O extends IdOptions>(options: O = {} as O) =>
  list(id({ label: 'Category', dynamic: 'dropdown_blog_categories.id.name' }), {
    label: 'Categories',
    helpText: 'Blog categories of the sub-account. Choose them, or map category IDs (one per item).',
    ...options,
  });

// ---------- blog posts ----------

export const BLOG_POST_STATUSES = { DRAFT: 'Draft', PUBLISHED: 'Published', SCHEDULED: 'Scheduled', ARCHIVED: 'Archived' } as const;

/**
 * The blog post body fields of `CreateBlogPostParams` / `UpdateBlogPostParams`. Creating needs them all
 * (`required: true`); updating sends only what the user mapped (`required: false`). `blogId` is left to the
 * operation (it feeds the post dropdown on updates).
 */
export const blogPostInputs = <R extends boolean>(required: R) => ({
  title: string({ label: 'Title', helpText: 'The title of the post.', required }),
  description: text({ label: 'Description', helpText: 'A short description (summary) of the post, shown in listings and search results.', required }),
  rawHTML: text({ label: 'Content (HTML)', helpText: 'The body of the post as HTML, such as `<h1>Title</h1><p>Text</p>`.', required }),
  status: choice({ label: 'Status', helpText: 'Publish status of the post.', values: BLOG_POST_STATUSES, required }),
  publishedAt: datetime({
    label: 'Publish Date',
    helpText: 'When the post is (or was) published, such as 2026-01-31T14:30:00Z. For Scheduled posts, the date it goes live. Sent as an ISO 8601 timestamp.',
    as: 'iso',
    required,
  }),
  author: blogAuthorId({ required }),
  categories: blogCategoryIds({
    required,
    helpText: 'Blog categories of the sub-account. Choose them, or map category IDs (one per item). On an update, these replace the post’s current categories; leave empty to keep them.',
  }),
  urlSlug: string({ label: 'URL Slug', helpText: 'The end of the post address, such as `my-first-post` (lowercase words joined by hyphens). Check it first with Check Blog URL Slug.', required }),
  imageUrl: url({ label: 'Image URL', helpText: 'Address of the cover image, starting with `https://`.', required }),
  imageAltText: string({ label: 'Image Alt Text', helpText: 'A description of the cover image for screen readers.', required }),
  tags: list(string({ label: 'Tag' }), {
    label: 'Tags',
    helpText: 'Tags of the post. One per item. On an update, these replace the post’s current tags; leave empty to keep them.',
  }),
  canonicalLink: url({ label: 'Canonical Link', helpText: 'The original address of the content if it was first published elsewhere, starting with `https://`.' }),
});

export const blogPostSample: Json = {
  _id: '66c381b38be80858b9af62b6',
  id: '66c381b38be80858b9af62b6',
  title: 'Banana is good source of energy',
  description: 'Why a banana a day keeps you going.',
  imageUrl: 'https://storage.googleapis.com/ghl-test/media/66b5aa3b1745b2713a8d033f.jpeg',
  imageAltText: 'A bunch of bananas',
  status: 'PUBLISHED',
  urlSlug: 'banana-good-energy',
  canonicalLink: 'https://blog.example.com/post/banana-good-energy',
  author: '659ec9634a3796e4e47cc360',
  categories: ['659ecabc4a37969a2b7cc370', '6683abde331c041f32c07aee'],
  tags: ['Apple', 'Banana'],
  archived: false,
  publishedAt: '2024-08-19T17:14:57.000Z',
  updatedAt: '2024-08-19T17:32:36.182Z',
};

export const blogPostOutputFields: OutputFields = [
  { key: 'id', label: 'Post ID' },
  { key: 'title', label: 'Title' },
  { key: 'description', label: 'Description' },
  { key: 'status', label: 'Status' },
  { key: 'urlSlug', label: 'URL Slug' },
  { key: 'canonicalLink', label: 'Canonical Link' },
  { key: 'imageUrl', label: 'Image URL' },
  { key: 'imageAltText', label: 'Image Alt Text' },
  { key: 'author', label: 'Author ID' },
  { key: 'categories[]', label: 'Category IDs' },
  { key: 'tags[]', label: 'Tags' },
  { key: 'archived', label: 'Archived', type: 'boolean' },
  { key: 'publishedAt', label: 'Published At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
];

/** Blog records use `_id`; Zapier wants `id` (kept next to `_id`). */
export const withBlogId = (record: Json): Json => ({ ...record, id: record._id ?? record.id });

// ---------- associations and relations ----------

export const associationSample: Json = {
  id: '6720f5f9c4ed9d3ad0d5b2c1',
  locationId: 've9EPM428h8vShlRW1KT',
  key: 'student_teacher',
  firstObjectLabel: 'Student',
  firstObjectKey: 'custom_objects.children',
  secondObjectLabel: 'Teacher',
  secondObjectKey: 'contact',
  associationType: 'USER_DEFINED',
};

export const associationOutputFields: OutputFields = [
  { key: 'id', label: 'Association ID' },
  { key: 'key', label: 'Key' },
  { key: 'firstObjectKey', label: 'First Object Key' },
  { key: 'firstObjectLabel', label: 'First Object Label' },
  { key: 'secondObjectKey', label: 'Second Object Key' },
  { key: 'secondObjectLabel', label: 'Second Object Label' },
  { key: 'associationType', label: 'Association Type (SYSTEM_DEFINED or USER_DEFINED)' },
  { key: 'locationId', label: 'Sub-account' },
];

/** The same fields on a watch trigger, where `id` carries the change marker and `associationId` the record id. */
export const watchedAssociationOutputFields: OutputFields = [
  { key: 'associationId', label: 'Association ID' },
  changeIdOutput('association'),
  ...associationOutputFields.filter((field) => 'key' in field && field.key !== 'id'),
];

export const watchedAssociationSample: Json = { ...associationSample, associationId: associationSample.id, id: `${String(associationSample.id)}:3f2a9c1b7d40` };

export const relationSample: Json = {
  id: '6720f7a1c4ed9d3ad0d5b2d4',
  associationId: '6720f5f9c4ed9d3ad0d5b2c1',
  locationId: 've9EPM428h8vShlRW1KT',
  firstRecordId: 'c0ntact1A2b3C4d5E6f7G8',
  secondRecordId: '6720f6b2c4ed9d3ad0d5b2c9',
  firstObjectKey: 'contact',
  secondObjectKey: 'custom_objects.children',
  createdAt: '2026-01-15T10:20:30.000Z',
};

export const relationOutputFields: OutputFields = [
  { key: 'id', label: 'Relation ID' },
  { key: 'associationId', label: 'Association ID' },
  { key: 'firstRecordId', label: 'First Record ID' },
  { key: 'secondRecordId', label: 'Second Record ID' },
  { key: 'firstObjectKey', label: 'First Object Key' },
  { key: 'secondObjectKey', label: 'Second Object Key' },
  { key: 'locationId', label: 'Sub-account' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
];

export const OBJECT_KEY_HELP = 'The object key: `contact`, or `custom_objects.<key>` for a custom object (as shown in the custom object settings).';

// ---------- locations ----------

export const locationSample: Json = {
  id: 've9EPM428h8vShlRW1KT',
  companyId: '5DP4iH6HLkQsiKESj6rh',
  name: 'Mark Shoes',
  email: 'john.doe@mail.com',
  phone: '+1410039940',
  address: '4th fleet street',
  city: 'New York',
  state: 'Illinois',
  country: 'US',
  postalCode: '567654',
  website: 'https://yourwebsite.com',
  timezone: 'US/Central',
  settings: { allowDuplicateContact: false, allowDuplicateOpportunity: false, allowFacebookNameMerge: false, disableContactTimezone: false },
  social: { facebookUrl: 'https://www.facebook.com/', instagram: 'https://www.instagram.com/' },
};

export const locationOutputFields: OutputFields = [
  { key: 'id', label: 'Sub-account' },
  { key: 'companyId', label: 'Company ID' },
  { key: 'name', label: 'Name' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'address', label: 'Address' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State' },
  { key: 'country', label: 'Country' },
  { key: 'postalCode', label: 'Postal Code' },
  { key: 'website', label: 'Website' },
  { key: 'timezone', label: 'Time Zone' },
  { key: 'settings__allowDuplicateContact', label: 'Allow Duplicate Contacts', type: 'boolean' },
  { key: 'settings__allowDuplicateOpportunity', label: 'Allow Duplicate Opportunities', type: 'boolean' },
];
